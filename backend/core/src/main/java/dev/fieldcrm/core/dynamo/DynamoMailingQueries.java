package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.informing.Mailing;
import dev.fieldcrm.core.informing.MailingCounts;
import dev.fieldcrm.core.informing.MailingJob;
import dev.fieldcrm.core.informing.MailingQueries;
import dev.fieldcrm.core.informing.MailingView;
import dev.fieldcrm.core.informing.TenantMailing;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Mailings in DynamoDB; the calls of each method are in its Javadoc and in docs/data-model.md. */
public final class DynamoMailingQueries implements MailingQueries {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;
    private final DynamoDueQueries due;

    public DynamoMailingQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
        this.due = new DynamoDueQueries(dynamo, table);
    }

    /** GetItem (consistent) on {@code MAILINGS / MAILING#id}. */
    @Override
    public Optional<Mailing> find(String tenantId, String mailingId) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(InformingKeys.mailingKey(tenantId, mailingId)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), Mailing.class)) : Optional.empty();
    }

    /** GetItem on {@code MAILINGS / TALLY#id} (absent before the first batch: zeros). */
    @Override
    public MailingCounts counts(String tenantId, String mailingId) {
        var response = dynamo.getItem(g -> g.tableName(table).key(InformingKeys.tallyKey(tenantId, mailingId)));
        return response.hasItem() && !response.item().isEmpty()
                ? ItemCodec.decode(response.item(), MailingCounts.class) : MailingCounts.none();
    }

    /** Query {@code MAILINGS}, begins_with {@code MAILING#}, newest first; one BatchGetItem for the page's tallies. */
    @Override
    public Page<MailingView> list(String tenantId, PageRequest page) {
        return withCounts(tenantId, query.page(null, InformingKeys.mailings(tenantId),
                PagedQuery.SortCondition.beginsWith(InformingKeys.MAILING_PREFIX), true, page, Mailing.class));
    }

    /** Query GSI4 {@code MAILINGS#TEAM#team}, newest first; one BatchGetItem for the page's tallies. */
    @Override
    public Page<MailingView> listByTeam(String tenantId, String teamId, PageRequest page) {
        return withCounts(tenantId, query.page(TableDesign.TEAM_INDEX, InformingKeys.mailingsByTeam(tenantId, teamId),
                PagedQuery.SortCondition.none(), true, page, Mailing.class));
    }

    private Page<MailingView> withCounts(String tenantId, Page<Mailing> mailings) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Mailing m : mailings.items()) {
            keys.add(InformingKeys.tallyKey(tenantId, m.id()));
        }
        Map<String, MailingCounts> counts = new HashMap<>();
        for (Map<String, AttributeValue> item : keys.isEmpty() ? List.<Map<String, AttributeValue>>of()
                : BatchReads.get(dynamo, table, keys)) {
            counts.put(item.get(TableDesign.SK).s().substring(InformingKeys.TALLY_PREFIX.length()),
                    ItemCodec.decode(item, MailingCounts.class));
        }
        List<MailingView> views = new ArrayList<>();
        for (Mailing m : mailings.items()) {
            views.add(new MailingView(m, counts.getOrDefault(m.id(), MailingCounts.none())));
        }
        return new Page<>(views, mailings.nextCursor());
    }

    /** The due index, kind {@code mailing}: 8 Queries per hour bucket of the span (see {@link DynamoDueQueries}). */
    @Override
    public List<TenantMailing> due(Instant from, Instant to) {
        List<TenantMailing> found = new ArrayList<>();
        for (var d : due.due(MailingJob.KIND, from, to, Mailing.class)) {
            found.add(new TenantMailing(d.tenantId(), d.record()));
        }
        return found;
    }

    /** GetItem of the scheduler's checkpoint for {@code mailing}. */
    @Override
    public Optional<Instant> checkpoint() {
        return due.checkpoint(MailingJob.KIND);
    }

    /** Conditional PutItem of the checkpoint. */
    @Override
    public boolean advance(Optional<Instant> from, Instant to) {
        return due.advance(MailingJob.KIND, from, to);
    }
}
