package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientHandover;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.ChangeSet;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One deal, one owner, when a client changes hands: the client's open deals whose {@code ownershipMismatch} flag
 * changes (those owned by the old or by the new owner of the client) are rewritten, with their card summaries and
 * audit entries, in the handover's transaction.
 *
 * <p>Each such deal costs three items of the transaction (deal, summary, audit entry) beside the client and its
 * audit entry, so at most {@link #MAX_DEALS_FOLLOWING} deals can follow one handover; a handover that would
 * change more is refused (422) rather than left half done. Closed deals keep the flag they closed with.
 */
public final class DealOwnership implements ClientHandover {
    /** (100 items per transaction − client − client audit entry) / 3 items per deal, rounded down to a round number. */
    public static final int MAX_DEALS_FOLLOWING = 30;

    private final DealQueries deals;

    public DealOwnership(DealQueries deals) {
        this.deals = deals;
    }

    /** Reads (one BatchGetItem, consistent) only the deals whose flag changes; none when the owner stays. */
    @Override
    public void follow(Caller caller, ClientCard card, Client after, Instant now, ChangeSet changes) {
        String oldOwner = card.client().ownerId();
        String newOwner = after.ownerId();
        if (oldOwner.equals(newOwner)) {
            return;
        }
        List<DealSummary> changing = card.openDeals().stream()
                .filter(s -> oldOwner.equals(s.ownerId()) || newOwner.equals(s.ownerId()))
                .toList();
        if (changing.isEmpty()) {
            return;
        }
        if (changing.size() > MAX_DEALS_FOLLOWING) {
            throw ValidationFailed.of("ownerId", "the client has " + changing.size() + " open deals of its old or new owner;"
                    + " at most " + MAX_DEALS_FOLLOWING + " can follow one handover: hand over or close some of them first");
        }
        Map<String, DealSummary> summaries = changing.stream()
                .collect(Collectors.toMap(DealSummary::dealId, Function.identity()));
        for (Deal deal : deals.findAll(caller.tenantId(), List.copyOf(summaries.keySet()))) {
            if (!deal.isOpen() || !after.id().equals(deal.clientId())) {
                continue; // closed or moved meanwhile: its own write already fixed its summary
            }
            Deal followed = deal.withClientOwner(newOwner, caller.userId(), now);
            if (followed.ownershipMismatch() == deal.ownershipMismatch()) {
                continue;
            }
            changes.replace(followed, deal.version())
                    .overwrite(summaries.get(deal.id()).withDealVersion(followed.version()))
                    .create(new DealAuditEntry(deal.id(), Audit.entry(caller, now, deal.clientId(), "deal", deal.id(),
                            "client reassigned", deal, followed)));
        }
    }
}
