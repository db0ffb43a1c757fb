package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.journal.JournalFilter;
import dev.fieldcrm.core.journal.JournalQueries;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

public final class DynamoJournalQueries implements JournalQueries {
    private final PagedQuery query;

    public DynamoJournalQueries(DynamoDbClient dynamo, String table) {
        this.query = new PagedQuery(dynamo, table);
    }

    /** Query PK = client, SK between J#from and J#to, newest first; type narrows by filter. */
    @Override
    public Page<Interaction> byClient(String tenantId, String clientId, JournalFilter filter, PageRequest page) {
        return query.page(null, Keys.client(tenantId, clientId), range(Keys.JOURNAL_PREFIX, filter), true, page,
                typeFilter(filter), Interaction.class);
    }

    /** Query GSI2 (author, time), newest first; type narrows by filter. */
    @Override
    public Page<Interaction> byAuthor(String tenantId, String authorId, JournalFilter filter, PageRequest page) {
        return query.page(TableDesign.JOURNAL_INDEX, Keys.journalByAuthor(tenantId, authorId), range("", filter), true,
                page, typeFilter(filter), Interaction.class);
    }

    private static PagedQuery.SortCondition range(String prefix, JournalFilter filter) {
        return PagedQuery.SortCondition.during(prefix, filter.from(), filter.to());
    }

    private static PagedQuery.Filter typeFilter(JournalFilter filter) {
        if (filter.type() == null) {
            return PagedQuery.Filter.none();
        }
        return new PagedQuery.Filter("#type = :type", Map.of("#type", "type"),
                Map.of(":type", AttributeValue.fromS(filter.type().name())));
    }

}
