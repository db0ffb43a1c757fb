package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.notify.SmsSegments;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.notify.SendOutcome;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a mailing in batches, in the worker. A batch is one page of the audience's clients (an index Query), one
 * card Query per matching client for its contacts, one {@link Postman#send} per targeted contact (paced by the
 * {@link Throttle}), then one transaction: the mailing's cursor moves on (conditional on its version) and the
 * batch's counts are added to the tally. A batch redelivered after a crash starts again from the last committed
 * cursor; the Postman sends each message id ({@code mailing#<mailing>#<contact>#<channel>}) once, and since the
 * crashed batch's counts were never committed, counting its {@code AlreadySent} answers as sent keeps the tally exact.
 * A run stops after {@code messagesPerRun} messages and leaves the mailing due again a second later.
 */
public final class MailingDispatch {
    private static final int COMMIT_ATTEMPTS = 3;
    /** A run also stops after this many batches even if they targeted nobody (a large tenant with a narrow filter). */
    private static final int BATCHES_PER_RUN = 200;

    private final MailingQueries mailings;
    private final ClientQueries clients;
    private final UserStore users;
    private final Postman postman;
    private final ChangeWriter writer;
    private final PublicLinks links;
    private final Throttle throttle;
    private final int messagesPerRun;
    private final int clientsPerBatch;
    private final TenantNames tenantNames;

    public MailingDispatch(MailingQueries mailings, ClientQueries clients, UserStore users, Postman postman,
                           ChangeWriter writer, PublicLinks links, Throttle throttle, int messagesPerRun,
                           int clientsPerBatch, TenantNames tenantNames) {
        this.tenantNames = tenantNames;
        this.mailings = mailings;
        this.clients = clients;
        this.users = users;
        this.postman = postman;
        this.writer = writer;
        this.links = links;
        this.throttle = throttle;
        this.messagesPerRun = messagesPerRun;
        this.clientsPerBatch = clientsPerBatch;
    }

    /** Works on one due mailing until it is done, cancelled, or a whole run's budget is spent. */
    public void process(String tenantId, String mailingId, Instant now) {
        process(tenantId, mailingId, now, messagesPerRun);
    }

    /** How many messages one run may send (rate × seconds of a run), shared by all mailings due in it. */
    public int messagesPerRun() {
        return messagesPerRun;
    }

    /**
     * Works on one due mailing until it is done, cancelled, or {@code budget} messages went out.
     *
     * @return the messages handed to the Postman
     */
    public int process(String tenantId, String mailingId, Instant now, int budget) {
        Optional<Mailing> found = mailings.find(tenantId, mailingId);
        if (found.isEmpty() || !found.get().status().active() || found.get().dueAt().isAfter(now)) {
            return 0;
        }
        Mailing mailing = found.get();
        int messages = 0;
        for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
            AudiencePage page = nextPage(tenantId, mailing.audience(), mailing.cursor());
            MailingCounts counts = MailingCounts.none();
            for (Client client : page.clients()) {
                counts = counts.plus(sendTo(tenantId, mailing, client, now));
            }
            messages += (int) (counts.targeted() - counts.skipped());
            boolean budgetSpent = messages >= budget || batch == BATCHES_PER_RUN - 1;
            mailing = commit(tenantId, mailing, page.next(), page.exhausted(), now.plusSeconds(1), counts, now);
            if (mailing == null || !mailing.status().active() || budgetSpent) {
                return messages;
            }
        }
        return messages;
    }

    private MailingCounts sendTo(String tenantId, Mailing mailing, Client client, Instant now) {
        Optional<ClientCard> card = clients.card(tenantId, client.id());
        if (card.isEmpty()) {
            return MailingCounts.none();
        }
        long targeted = 0, sent = 0, failed = 0, suppressed = 0, skipped = 0, retrying = 0;
        for (Contact contact : card.get().contacts()) {
            if (contact.archived()) {
                continue;
            }
            targeted++;
            Optional<String> address = Recipients.address(contact, mailing.channel());
            if (!Recipients.consents(contact, mailing.channel()) || address.isEmpty()) {
                skipped++;
                continue;
            }
            Optional<Outgoing> message = message(tenantId, mailing, client, contact, address.get(), now);
            if (message.isEmpty()) {
                // An SMS that would lose its opt-out line to the length limit is not sent at all.
                failed++;
                continue;
            }
            throttle.acquire();
            SendOutcome outcome = postman.send(message.get());
            switch (outcome) {
                case SendOutcome.Sent s -> sent++;
                case SendOutcome.AlreadySent s -> sent++;
                case SendOutcome.Suppressed s -> suppressed++;
                case SendOutcome.Parked p -> failed++;
                case SendOutcome.Capped c -> failed++;
                case SendOutcome.RetryLater r -> retrying++;
            }
        }
        return new MailingCounts(targeted, sent, failed, suppressed, skipped, retrying);
    }

    /** The message to one contact; empty for an SMS that cannot fit two segments with its opt-out line. */
    Optional<Outgoing> message(String tenantId, Mailing mailing, Client client, Contact contact, String address,
                               Instant now) {
        boolean sms = mailing.channel() == Channel.SMS;
        // In an SMS, names are cut to the length the mailing's fit check assumed.
        String contactName = sms ? MailingService.shortName(contact.details().name()) : contact.details().name();
        String clientName = sms ? MailingService.shortName(client.name()) : client.name();
        String unsubscribe = links.unsubscribe(tenantId, client.id(), contact.id(), mailing.channel(), address, now);
        String body = MessageText.fill(mailing.body(), contactName, clientName);
        String optOut = PublicLinks.optOutLine(mailing.locale(), unsubscribe);
        if (sms && !SmsSegments.of(MailingService.smsText(body, optOut)).fits()) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("tenantName", tenantNames.of(tenantId));
        model.put("subject", sms ? "" : MessageText.fill(mailing.subject(), contactName, clientName));
        model.put("body", body);
        model.put("unsubscribeUrl", unsubscribe);
        model.put("optOut", optOut);
        Map<String, String> headers = sms ? Map.of()
                : Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return Optional.of(new Outgoing(tenantId, "mailing#" + mailing.id() + "#" + contact.id() + "#" + mailing.channel(),
                mailing.channel(), address, "mailing", PublicLinks.locale(mailing.locale()), model, headers));
    }

    /**
     * Moves the cursor and adds the counts in one transaction. A version conflict means either a manager cancelled
     * meanwhile (the cursor is unchanged: commit again on the fresh version, keeping it cancelled) or another worker
     * committed this very batch (the cursor moved: its counts stand, ours are dropped). Returns null in that case.
     */
    private Mailing commit(String tenantId, Mailing before, AudienceCursor next, boolean exhausted, Instant nextDue,
                           MailingCounts counts, Instant now) {
        Mailing base = before;
        for (int attempt = 1; ; attempt++) {
            Mailing after = base.progressed(next, exhausted, nextDue, now);
            try {
                writer.apply(tenantId, new ChangeSet().replace(after, base.version())
                        .count(new MailingTally(base.id()), counts.deltas()));
                return after;
            } catch (VersionConflict e) {
                Optional<Mailing> fresh = mailings.find(tenantId, base.id());
                if (fresh.isEmpty() || !fresh.get().cursor().equals(before.cursor()) || attempt == COMMIT_ATTEMPTS) {
                    return null;
                }
                base = fresh.get();
            }
        }
    }

    /** One page of the audience's clients that pass the filter, and where the next page starts. */
    record AudiencePage(List<Client> clients, AudienceCursor next, boolean exhausted) {
    }

    AudiencePage nextPage(String tenantId, AudienceFilter filter, AudienceCursor cursor) {
        PageRequest request = new PageRequest(clientsPerBatch, cursor.page());
        if (filter.ownerId() != null || filter.teamId() != null) {
            Page<Client> page = filter.ownerId() != null
                    ? clients.byOwner(tenantId, filter.ownerId(), null, request)
                    : clients.byTeam(tenantId, filter.teamId(), null, request);
            return new AudiencePage(page.items().stream().filter(filter::admits).toList(),
                    new AudienceCursor(null, page.nextCursor()), page.nextCursor() == null);
        }
        // The whole tenant: every user's owned clients in turn (users by id; each client has exactly one owner).
        String owner = cursor.ownerId() != null ? cursor.ownerId() : ownerAfter(tenantId, "").orElse(null);
        if (owner == null) {
            return new AudiencePage(List.of(), cursor, true);
        }
        Page<Client> page = clients.byOwner(tenantId, owner, null, request);
        List<Client> admitted = page.items().stream().filter(filter::admits).toList();
        if (page.nextCursor() != null) {
            return new AudiencePage(admitted, new AudienceCursor(owner, page.nextCursor()), false);
        }
        Optional<String> nextOwner = ownerAfter(tenantId, owner);
        return new AudiencePage(admitted, new AudienceCursor(nextOwner.orElse(owner), null), nextOwner.isEmpty());
    }

    private Optional<String> ownerAfter(String tenantId, String previous) {
        return users.list(tenantId).stream().map(User::id).filter(id -> id.compareTo(previous) > 0)
                .min(Comparator.naturalOrder());
    }
}
