package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.audit.AuditEntry;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.normalize.SearchText;
import dev.fieldcrm.core.shared.Stamp;
import dev.fieldcrm.core.shared.UniqueValue;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.users.User;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.fieldcrm.core.dynamo.TableDesign.AGENDA_INDEX;
import static dev.fieldcrm.core.dynamo.TableDesign.JOURNAL_INDEX;
import static dev.fieldcrm.core.dynamo.TableDesign.OWNER_INDEX;
import static dev.fieldcrm.core.dynamo.TableDesign.PK;
import static dev.fieldcrm.core.dynamo.TableDesign.SK;
import static dev.fieldcrm.core.dynamo.TableDesign.TEAM_INDEX;
import static dev.fieldcrm.core.dynamo.TableDesign.pk;
import static dev.fieldcrm.core.dynamo.TableDesign.sk;

/**
 * Every key and index value of the table is built here, and every one starts with the tenant, so a key
 * without a tenant cannot be written. The layout is documented in docs/data-model.md.
 *
 * <p>A client's partition holds its card items under {@code CARD#} (profile, contacts, open tasks: one
 * Query renders the card), then its done tasks, its journal ({@code J#time#id}) and its audit trail.
 */
public final class Keys {
    static final String CARD_PREFIX = "CARD#";
    static final String PROFILE = "CARD#0";
    static final String CONTACT_PREFIX = "CARD#CONTACT#";
    static final String OPEN_TASK_PREFIX = "CARD#TASK#";
    static final String DONE_TASK_PREFIX = "DONE#TASK#";
    static final String JOURNAL_PREFIX = "J#";
    static final String AUDIT_PREFIX = "AUDIT#";

    private Keys() {
    }

    static String tenant(String tenantId) {
        return "T#" + tenantId + "#";
    }

    public static String client(String tenantId, String clientId) {
        return tenant(tenantId) + "CLIENT#" + clientId;
    }

    static String contactSk(String contactId) {
        return CONTACT_PREFIX + contactId;
    }

    static String openTaskSk(String taskId) {
        return OPEN_TASK_PREFIX + taskId;
    }

    static String doneTaskSk(String taskId) {
        return DONE_TASK_PREFIX + taskId;
    }

    static String journalSk(Instant occurredAt, String interactionId) {
        return JOURNAL_PREFIX + Stamp.sortable(occurredAt) + "#" + interactionId;
    }

    static String auditSk(Instant at, String entryId) {
        return AUDIT_PREFIX + Stamp.sortable(at) + "#" + entryId;
    }

    static String agenda(String tenantId, String assigneeId) {
        return tenant(tenantId) + "AGENDA#" + assigneeId;
    }

    /** Done tasks by assignee and due time (GSI2). */
    static String stepsDue(String tenantId, String assigneeId) {
        return tenant(tenantId) + "STEPS#DUE#" + assigneeId;
    }

    /** Done tasks by assignee and completion time (GSI1). */
    static String stepsDone(String tenantId, String assigneeId) {
        return tenant(tenantId) + "STEPS#DONE#" + assigneeId;
    }

    static String journalByAuthor(String tenantId, String authorId) {
        return tenant(tenantId) + "JOURNAL#" + authorId;
    }

    static String clientsByOwner(String tenantId, String ownerId) {
        return tenant(tenantId) + "OWNER#" + ownerId;
    }

    static String clientsByTeam(String tenantId, String teamId) {
        return tenant(tenantId) + "TEAM#" + teamId;
    }

    static String nameSortKey(String name, String clientId) {
        return SearchText.nameKey(name) + "#" + clientId;
    }

    static String guard(String tenantId, UniqueValue value) {
        return tenant(tenantId) + "UNIQUE#" + value.kind() + "#" + value.value();
    }

    /** The tenant's settings partition: sales settings, pipelines, their audit trail and document templates. */
    static String settings(String tenantId) {
        return tenant(tenantId) + "SETTINGS";
    }

    static String users(String tenantId) {
        return tenant(tenantId) + "USERS";
    }

    static String idempotency(String tenantId, String userId, String key) {
        return tenant(tenantId) + "IDEMPOTENCY#" + userId + "#" + key;
    }

    static Map<String, AttributeValue> user(String tenantId, String userId) {
        return key(users(tenantId), "USER#" + userId);
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put(PK, AttributeValue.fromS(pk));
        key.put(SK, AttributeValue.fromS(sk));
        return key;
    }

    /** The primary key and index attributes of a stored record. */
    static Map<String, AttributeValue> of(String tenantId, Object record) {
        return switch (record) {
            case Client c -> {
                Map<String, AttributeValue> k = key(client(tenantId, c.id()), PROFILE);
                index(k, OWNER_INDEX, clientsByOwner(tenantId, c.ownerId()), nameSortKey(c.name(), c.id()));
                if (c.teamId() != null) {
                    index(k, TEAM_INDEX, clientsByTeam(tenantId, c.teamId()), nameSortKey(c.name(), c.id()));
                }
                yield k;
            }
            case Contact c -> key(client(tenantId, c.clientId()), contactSk(c.id()));
            case Task t when t.isOpen() -> {
                Map<String, AttributeValue> k = key(client(tenantId, t.clientId()), openTaskSk(t.id()));
                // Sparse index: only open tasks are on an agenda.
                index(k, AGENDA_INDEX, agenda(tenantId, t.assigneeId()), Stamp.sortable(t.dueAt()) + "#" + t.id());
                yield k;
            }
            case Task t -> {
                Map<String, AttributeValue> k = key(client(tenantId, t.clientId()), doneTaskSk(t.id()));
                // Done steps by assignee, by due and by completion time: what the reconciliation counts per month.
                if (t.dueAt() != null) {
                    index(k, JOURNAL_INDEX, stepsDue(tenantId, t.assigneeId()), Stamp.sortable(t.dueAt()) + "#" + t.id());
                }
                if (t.completedAt() != null) {
                    index(k, AGENDA_INDEX, stepsDone(tenantId, t.assigneeId()), Stamp.sortable(t.completedAt()) + "#" + t.id());
                }
                yield k;
            }
            case Interaction i -> {
                Map<String, AttributeValue> k = key(client(tenantId, i.clientId()), journalSk(i.occurredAt(), i.id()));
                index(k, JOURNAL_INDEX, journalByAuthor(tenantId, i.authorId()), Stamp.sortable(i.occurredAt()) + "#" + i.id());
                yield k;
            }
            case AuditEntry a -> key(client(tenantId, a.clientId()), auditSk(a.at(), a.id()));
            case User u -> user(tenantId, u.id());
            case dev.fieldcrm.core.deals.SalesRecord s -> DealKeys.of(tenantId, s);
            case dev.fieldcrm.core.proposals.Proposal p -> ProposalKeys.of(tenantId, p);
            case dev.fieldcrm.core.proposals.ProposalTemplate t -> ProposalKeys.of(tenantId, t);
            case dev.fieldcrm.core.catalog.Product p -> CatalogKeys.of(tenantId, p);
            case dev.fieldcrm.core.catalog.ConditionsPackage p -> CatalogKeys.of(tenantId, p);
            case dev.fieldcrm.core.catalog.PriceList p -> CatalogKeys.of(tenantId, p);
            case dev.fieldcrm.core.catalog.PriceListLine l -> CatalogKeys.of(tenantId, l);
            case dev.fieldcrm.core.orders.Order o -> OrderKeys.of(tenantId, o);
            case dev.fieldcrm.core.orders.Invoice i -> OrderKeys.of(tenantId, i);
            case dev.fieldcrm.core.orders.InvoiceSequence s -> OrderKeys.of(tenantId, s);
            case dev.fieldcrm.core.orders.Payment p -> OrderKeys.of(tenantId, p);
            case dev.fieldcrm.core.orders.Shipment s -> OrderKeys.of(tenantId, s);
            case dev.fieldcrm.core.orders.Receivables r -> OrderKeys.of(tenantId, r);
            case dev.fieldcrm.core.abc.AbcResult r -> AbcKeys.of(tenantId, r);
            case dev.fieldcrm.core.abc.AbcRun r -> AbcKeys.of(tenantId, r);
            case dev.fieldcrm.core.abc.AbcOwnerCounts c -> AbcKeys.of(tenantId, c);
            case dev.fieldcrm.core.imports.TransferJob j -> JobKeys.of(tenantId, j);
            case dev.fieldcrm.core.imports.JobChunk c -> JobKeys.of(tenantId, c);
            case dev.fieldcrm.core.reminders.NotificationPreferences p -> ReminderKeys.of(tenantId, p);
            case dev.fieldcrm.core.reminders.Reminder r -> ReminderKeys.of(tenantId, r);
            case dev.fieldcrm.core.devices.Device d -> DeviceKeys.of(tenantId, d);
            case dev.fieldcrm.core.devices.DeviceRoster r -> DeviceKeys.of(tenantId, r);

            case dev.fieldcrm.core.informing.Mailing m -> InformingKeys.of(tenantId, m);
            case dev.fieldcrm.core.informing.MailingTally t -> InformingKeys.of(tenantId, t);
            case dev.fieldcrm.core.informing.MailingSettlement s -> InformingKeys.of(tenantId, s);
            case dev.fieldcrm.core.informing.SurveySettings s -> InformingKeys.of(tenantId, s);
            case dev.fieldcrm.core.informing.SurveyInvitation i -> InformingKeys.of(tenantId, i);
            case dev.fieldcrm.core.informing.SurveyAnswer a -> InformingKeys.of(tenantId, a);
            case dev.fieldcrm.core.informing.SurveySummary s -> InformingKeys.of(tenantId, s);
            case dev.fieldcrm.core.webhooks.WebhookSubscription w -> WebhookKeys.of(tenantId, w);
            case dev.fieldcrm.core.webhooks.WebhookDelivery d -> WebhookKeys.of(tenantId, d);
            case dev.fieldcrm.core.notify.Delivery d -> NotifyKeys.of(tenantId, d);
            case dev.fieldcrm.core.notify.Suppression s -> NotifyKeys.of(tenantId, s);
            case dev.fieldcrm.core.leads.InboundRequest r -> LeadKeys.of(tenantId, r);
            case dev.fieldcrm.core.leads.ConsentConfirmation c -> LeadKeys.of(tenantId, c);
            case dev.fieldcrm.core.leads.Lead l -> LeadKeys.of(tenantId, l);
            case dev.fieldcrm.core.leads.LeadSettings s -> LeadKeys.of(tenantId, s);
            case dev.fieldcrm.core.leads.LeadAuditEntry a -> LeadKeys.of(tenantId, a);
            case dev.fieldcrm.core.leads.InboundAuditEntry a -> LeadKeys.of(tenantId, a);
            case dev.fieldcrm.core.webforms.WebForm f -> WebFormKeys.of(tenantId, f);
            case dev.fieldcrm.core.webforms.WebFormTally t -> WebFormKeys.of(tenantId, t);
            case dev.fieldcrm.core.webforms.FormKey k -> WebFormKeys.of(tenantId, k);
            case dev.fieldcrm.core.integrations.Integration i -> IntegrationKeys.of(tenantId, i);
            case dev.fieldcrm.core.integrations.IntegrationKey k -> IntegrationKeys.of(tenantId, k);
            case dev.fieldcrm.core.hygiene.HygieneRecord h -> HygieneKeys.of(tenantId, h);
            case dev.fieldcrm.core.plans.PlanRecord p -> PlanKeys.of(tenantId, p);
            case dev.fieldcrm.core.reports.ReportRecord r -> ReportKeys.of(tenantId, r);
            case dev.fieldcrm.core.analytics.AnalyticsRecord a -> AggregateKeys.of(tenantId, a);
            case dev.fieldcrm.core.hygiene.review.ReviewRecord r -> ReviewKeys.of(tenantId, r);
            default -> throw new IllegalArgumentException("no key design for " + record.getClass().getSimpleName());
        };
    }

    /** Puts an item on an (overloaded) index with the given partition and sort values. */
    static void index(Map<String, AttributeValue> key, String index, String pk, String sk) {
        key.put(pk(index), AttributeValue.fromS(pk));
        key.put(sk(index), AttributeValue.fromS(sk));
    }

    /** The primary key only (for deletes and condition checks). */
    static Map<String, AttributeValue> primary(String tenantId, Object record) {
        Map<String, AttributeValue> all = of(tenantId, record);
        return key(all.get(PK).s(), all.get(SK).s());
    }
}
