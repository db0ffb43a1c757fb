package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealQueries;
import dev.fieldcrm.core.deals.SalesConfig;
import dev.fieldcrm.core.deals.SettingsQueries;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Re-evaluates deals against the hygiene rules and stores the difference. Reads are fresh (not the stream image), so
 * evaluating the same deal again, in any order, converges on its current state and writes nothing when it is
 * already stored.
 *
 * <p>DynamoDB calls per deal: GetItem deal, Query client card (when the deal has a client), Query settings, GetItem
 * hygiene settings, GetItem summary, and one TransactWriteItems only when something changed. For a client's deals: Query GSI2 (deals of the
 * client); with deals, the card and settings once, then per deal GetItem summary [+ TransactWriteItems].
 */
public final class HygieneEvaluator {
    private static final int ATTEMPTS = 3;
    private static final int CLIENT_DEALS_PAGE = 100;

    private final DealQueries deals;
    private final SettingsQueries settings;
    private final ClientQueries clients;
    private final HygieneStore store;
    private final ChangeWriter writer;
    private final ParameterSource parameters;
    private final Clock clock;

    /** Where a tenant's rule parameters come from (its stored {@link HygieneSettings}, or the defaults). */
    public interface ParameterSource {
        HygieneParameters of(String tenantId);
    }

    public HygieneEvaluator(DealQueries deals, SettingsQueries settings, ClientQueries clients, HygieneStore store,
                            ChangeWriter writer, ParameterSource parameters, Clock clock) {
        this.deals = deals;
        this.settings = settings;
        this.clients = clients;
        this.store = store;
        this.writer = writer;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** One deal (gone: its offences are withdrawn). */
    public void deal(String tenantId, String dealId) {
        deal(tenantId, dealId, clock.instant());
    }

    /**
     * A deal whose time boundary fell due (from the schedule): evaluated at that boundary at the earliest, so a tick
     * that runs early or a clock behind the index's does not miss the change it was scheduled for.
     */
    public void due(String tenantId, DealHygiene waiting) {
        Instant now = clock.instant();
        deal(tenantId, waiting.dealId(), waiting.nextCheck() != null && waiting.nextCheck().isAfter(now) ? waiting.nextCheck() : now);
    }

    private void deal(String tenantId, String dealId, Instant now) {
        Deal deal = deals.find(tenantId, dealId).orElse(null);
        if (deal == null) {
            store(tenantId, dealId, null, Set.of(), null, now);
            return;
        }
        ClientCard card = deal.clientId() == null ? null : clients.card(tenantId, deal.clientId()).orElse(null);
        evaluate(tenantId, deal, settings.load(tenantId), card, parameters.of(tenantId), now);
    }

    /**
     * Deals the caller has just read (the backfill's pages of an owner's deals): judged as they were read, so none is
     * read a second time, with the tenant's pipelines and rule settings read once for the page. An index page may
     * lag a moment behind the table; a deal's next change comes back through the stream and is judged again.
     */
    public void deals(String tenantId, List<Deal> page) {
        if (page.isEmpty()) {
            return;
        }
        SalesConfig config = settings.load(tenantId);
        HygieneParameters params = parameters.of(tenantId);
        for (Deal deal : page) {
            ClientCard card = deal.clientId() == null ? null : clients.card(tenantId, deal.clientId()).orElse(null);
            evaluate(tenantId, deal, config, card, params, clock.instant());
        }
    }

    /** Every deal of a client (its profile, contacts or tasks changed). */
    public void client(String tenantId, String clientId) {
        // Card and settings are read once, and only for a client with deals (a new client costs one Query).
        ClientCard card = null;
        SalesConfig config = null;
        HygieneParameters params = parameters.of(tenantId);
        String cursor = null;
        do {
            Page<Deal> page = deals.byClient(tenantId, clientId, new PageRequest(CLIENT_DEALS_PAGE, cursor));
            for (Deal deal : page.items()) {
                if (config == null) {
                    card = clients.card(tenantId, clientId).orElse(null);
                    config = settings.load(tenantId);
                }
                evaluate(tenantId, deal, config, card, params, clock.instant());
            }
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    private void evaluate(String tenantId, Deal deal, SalesConfig config, ClientCard card, HygieneParameters params,
                          Instant now) {
        var facts = config.pipeline(deal.pipelineId())
                .map(pipeline -> new DealFacts(deal, pipeline, card == null ? null : card.client(),
                        contact(card, deal.contactId()), card == null ? List.of() : card.openTasks(), now));
        // A deal in a pipeline the tenant removed cannot be placed on a stage: nothing to judge.
        Set<HygieneRule> offences = facts.map(f -> HygieneCheck.offences(f, params)).orElse(Set.of());
        Instant next = facts.map(f -> HygieneSchedule.nextCheck(f, params)).orElse(null);
        store(tenantId, deal.id(), OffendingDeal.of(deal, card == null ? null : card.client()), offences, next, now);
    }

    private void store(String tenantId, String dealId, OffendingDeal deal, Set<HygieneRule> offences, Instant next,
                       Instant now) {
        for (int attempt = 1; ; attempt++) {
            DealHygiene before = store.summary(tenantId, dealId);
            var changes = HygieneDiff.changes(before, deal, offences, next, now);
            if (changes.isEmpty()) {
                return;
            }
            try {
                writer.apply(tenantId, changes.get());
                return;
            } catch (VersionConflict | AlreadyExists concurrent) {
                // Another evaluation of the same deal stored first: diff against what it stored.
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    private static Contact contact(ClientCard card, String contactId) {
        if (card == null || contactId == null) {
            return null;
        }
        return card.contacts().stream().filter(c -> c.id().equals(contactId)).findFirst().orElse(null);
    }
}
