package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.abc.AbcResult;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.deals.DealSummary;
import dev.fieldcrm.core.orders.Receivables;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.UniqueValue;
import dev.fieldcrm.core.tasks.Task;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class DynamoClientQueries implements ClientQueries {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;

    public DynamoClientQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
    }

    /**
     * Query PK = client, SK begins_with "CARD#": the profile, every contact, every open task and every open deal's
     * summary, in one call.
     * Done tasks, the journal and the audit trail sort outside the prefix and are not read.
     */
    @Override
    public Optional<ClientCard> card(String tenantId, String clientId) {
        Client client = null;
        List<Contact> contacts = new ArrayList<>();
        List<Task> openTasks = new ArrayList<>();
        List<DealSummary> openDeals = new ArrayList<>();
        Receivables receivables = null;
        AbcResult abc = null;
        dev.fieldcrm.core.informing.SurveySummary survey = null;
        // Contacts and open tasks are capped per client, so a card stays far below the 1 MB page of a Query.
        QueryResponse response = dynamo.query(q -> q.tableName(table)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :card)")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(Keys.client(tenantId, clientId)),
                        ":card", AttributeValue.fromS(Keys.CARD_PREFIX))));
        for (Map<String, AttributeValue> item : response.items()) {
            String sk = item.get(TableDesign.SK).s();
            if (sk.equals(Keys.PROFILE)) {
                client = ItemCodec.decode(item, Client.class);
            } else if (sk.startsWith(Keys.CONTACT_PREFIX)) {
                contacts.add(ItemCodec.decode(item, Contact.class));
            } else if (sk.startsWith(Keys.OPEN_TASK_PREFIX)) {
                openTasks.add(ItemCodec.decode(item, Task.class));
            } else if (sk.startsWith(DealKeys.CARD_DEAL_PREFIX)) {
                openDeals.add(ItemCodec.decode(item, DealSummary.class));
            } else if (sk.equals(OrderKeys.RECEIVABLES)) {
                receivables = ItemCodec.decode(item, Receivables.class);
            } else if (sk.equals(AbcKeys.CARD_ABC)) {
                abc = ItemCodec.decode(item, AbcResult.class);
            } else if (sk.equals(InformingKeys.CARD_SURVEY)) {
                survey = ItemCodec.decode(item, dev.fieldcrm.core.informing.SurveySummary.class);
            }
        }
        if (client == null) {
            return Optional.empty();
        }
        openTasks.sort((a, b) -> a.dueAt().compareTo(b.dueAt()));
        openDeals.sort((a, b) -> a.dealId().compareTo(b.dealId()));
        return Optional.of(new ClientCard(client, contacts, openTasks, openDeals, receivables, abc, survey));
    }

    /** GetItem on the profile item. */
    @Override
    public Optional<Client> find(String tenantId, String clientId) {
        var response = dynamo.getItem(g -> g.tableName(table).key(Keys.key(Keys.client(tenantId, clientId), Keys.PROFILE)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), Client.class)) : Optional.empty();
    }

    /** Query GSI3 (owner, folded name), optionally begins_with the folded prefix. */
    @Override
    public Page<Client> byOwner(String tenantId, String ownerId, String foldedPrefix, PageRequest page) {
        return query.page(TableDesign.OWNER_INDEX, Keys.clientsByOwner(tenantId, ownerId), byName(foldedPrefix), false,
                page, Client.class);
    }

    /** Query GSI4 (team, folded name), optionally begins_with the folded prefix. */
    @Override
    public Page<Client> byTeam(String tenantId, String teamId, String foldedPrefix, PageRequest page) {
        return query.page(TableDesign.TEAM_INDEX, Keys.clientsByTeam(tenantId, teamId), byName(foldedPrefix), false,
                page, Client.class);
    }

    private static PagedQuery.SortCondition byName(String foldedPrefix) {
        return foldedPrefix == null || foldedPrefix.isEmpty()
                ? PagedQuery.SortCondition.none() : PagedQuery.SortCondition.beginsWith(foldedPrefix);
    }

    /** GetItem on the unique-value guard item. */
    @Override
    public Optional<RecordRef> holderOf(String tenantId, UniqueValue value) {
        var response = dynamo.getItem(g -> g.tableName(table).key(Keys.key(Keys.guard(tenantId, value), "GUARD")));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        String contactId = item.get("contactId").s();
        return Optional.of(new RecordRef(item.get("clientId").s(), "-".equals(contactId) ? null : contactId,
                item.containsKey("name") ? item.get("name").s() : null));
    }
}
