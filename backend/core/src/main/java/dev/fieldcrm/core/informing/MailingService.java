package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.notify.SmsSegments;
import dev.fieldcrm.core.idempotency.Idempotency;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Managers' and admins' mailings to consenting contacts: create (checked and stored; the worker sends it), read with
 * progress, list, cancel. Reps may not mail. A manager's audience is always within the own team; an admin's may be
 * the whole tenant.
 */
public final class MailingService {
    static final Duration LONGEST_SCHEDULE = Duration.ofDays(365);
    /**
     * A mailing "now" falls due a minute later: the scheduler reads the due index up to its tick, and an entry written
     * just before a tick may not be on the (eventually consistent) index yet when that tick reads it.
     */
    static final Duration START_DELAY = Duration.ofMinutes(1);
    /** Stands in for a name when checking that an SMS fits (the renderer shortens longer names). */
    static final String SAMPLE_NAME = "x".repeat(20);
    private static final int CANCEL_ATTEMPTS = 3;

    private final MailingQueries mailings;
    private final UserStore users;
    private final ChangeWriter writer;
    private final PublicLinks links;
    private final Clock clock;

    public MailingService(MailingQueries mailings, UserStore users, ChangeWriter writer, PublicLinks links, Clock clock) {
        this.mailings = mailings;
        this.users = users;
        this.writer = writer;
        this.links = links;
        this.clock = clock;
    }

    public MailingView create(Caller caller, MailingInput input, IdempotentRequest idempotent) {
        requireSupervisor(caller);
        List<FieldError> errors = new ArrayList<>();
        String locale = input.locale() == null ? "ru" : input.locale();
        if (input.channel() == Channel.PUSH) {
            errors.add(new FieldError("channel", "a mailing goes by EMAIL or SMS"));
        }
        if (input.channel() == Channel.EMAIL && (input.subject() == null || input.subject().isBlank())) {
            errors.add(new FieldError("subject", "an email mailing needs a subject"));
        }
        MessageText.check("subject", input.subject()).ifPresent(errors::add);
        MessageText.check("body", input.body()).ifPresent(errors::add);
        AudienceFilter audience = scoped(caller, input.audience() == null ? AudienceFilter.everyone() : input.audience(), errors);
        Instant now = clock.instant();
        if (input.scheduledAt() != null && input.scheduledAt().isAfter(now.plus(LONGEST_SCHEDULE))) {
            errors.add(new FieldError("scheduledAt", "must be within a year"));
        }
        if (errors.isEmpty() && input.channel() == Channel.SMS) {
            String sample = smsText(MessageText.fill(input.body().strip(), SAMPLE_NAME, SAMPLE_NAME),
                    PublicLinks.optOutLine(locale, links.sampleUnsubscribe(caller.tenantId())));
            if (!SmsSegments.of(sample).fits()) {
                errors.add(new FieldError("body", "with the opt-out line the SMS takes " + SmsSegments.of(sample).segments()
                        + " segments; at most " + SmsSegments.MAX_SEGMENTS + " are allowed"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Instant soonest = now.plus(START_DELAY);
        Instant dueAt = input.scheduledAt() == null || input.scheduledAt().isBefore(soonest) ? soonest : input.scheduledAt();
        Mailing mailing = new Mailing(Ids.newId(), caller.teamId(), caller.userId(), now, input.channel(), locale,
                input.subject() == null ? null : input.subject().strip(), input.body().strip(), audience,
                input.scheduledAt(), MailingStatus.SCHEDULED, AudienceCursor.start(), dueAt, null, now, 1);
        MailingView view = new MailingView(mailing, MailingCounts.none());
        ChangeSet changes = new ChangeSet().create(mailing);
        Idempotency.remember(changes, caller, idempotent, view, now);
        writer.apply(caller.tenantId(), changes);
        return view;
    }

    /** A manager's audience is the own team (a named owner must be of it); an admin's is as given. */
    private AudienceFilter scoped(Caller caller, AudienceFilter audience, List<FieldError> errors) {
        Optional<User> owner = Optional.empty();
        if (audience.ownerId() != null) {
            owner = users.find(caller.tenantId(), audience.ownerId());
            if (owner.isEmpty()) {
                errors.add(new FieldError("audience.ownerId", "no such user"));
            }
        }
        if (caller.is(Role.ADMIN)) {
            return audience;
        }
        if (audience.teamId() != null && !audience.teamId().equals(caller.teamId())) {
            throw new Forbidden("a manager mails the own team's clients only");
        }
        if (owner.isPresent() && !java.util.Objects.equals(owner.get().teamId(), caller.teamId())) {
            throw new Forbidden("a manager mails the own team's clients only");
        }
        if (caller.teamId() == null) {
            throw new Forbidden("a manager without a team cannot mail");
        }
        return audience.inTeam(caller.teamId());
    }

    /** The SMS as the template renders it (body, a space, the opt-out line). */
    static String smsText(String body, String optOut) {
        return body + " " + optOut;
    }

    /** A name cut to the length an SMS fit check assumes. */
    static String shortName(String name) {
        return name == null || name.length() <= SAMPLE_NAME.length() ? name : name.substring(0, SAMPLE_NAME.length());
    }

    public MailingView find(Caller caller, String mailingId) {
        Mailing mailing = visible(caller, mailingId);
        return new MailingView(mailing, mailings.counts(caller.tenantId(), mailingId));
    }

    public Page<MailingView> list(Caller caller, PageRequest page) {
        requireSupervisor(caller);
        if (caller.is(Role.ADMIN)) {
            return mailings.list(caller.tenantId(), page);
        }
        return caller.teamId() == null ? new Page<>(List.of(), null)
                : mailings.listByTeam(caller.tenantId(), caller.teamId(), page);
    }

    /** Stops a mailing that has not finished; messages already handed to the provider stay sent. Idempotent. */
    public MailingView cancel(Caller caller, String mailingId) {
        for (int attempt = 1; ; attempt++) {
            Mailing current = visible(caller, mailingId);
            if (!current.status().active()) {
                return new MailingView(current, mailings.counts(caller.tenantId(), mailingId));
            }
            Mailing cancelled = current.cancelled(clock.instant());
            try {
                writer.apply(caller.tenantId(), new ChangeSet().replace(cancelled, current.version()));
                return new MailingView(cancelled, mailings.counts(caller.tenantId(), mailingId));
            } catch (VersionConflict batchCommittedMeanwhile) {
                if (attempt == CANCEL_ATTEMPTS) {
                    throw batchCommittedMeanwhile;
                }
            }
        }
    }

    private Mailing visible(Caller caller, String mailingId) {
        requireSupervisor(caller);
        if (!Ids.isValid(mailingId)) {
            throw new NotFound("mailing");
        }
        return mailings.find(caller.tenantId(), mailingId)
                .filter(m -> caller.is(Role.ADMIN) || m.teamId() != null && m.teamId().equals(caller.teamId()))
                .orElseThrow(() -> new NotFound("mailing"));
    }

    private static void requireSupervisor(Caller caller) {
        if (!caller.supervises()) {
            throw new Forbidden("only managers and admins send mailings");
        }
    }
}
