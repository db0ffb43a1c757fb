package dev.fieldcrm.core.notify;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The {@link Postman}: claim, check the suppression list, render, send, record.
 *
 * <p><b>At most once per claim.</b> Before calling the provider, the Postman claims the message's {@link Delivery}
 * with a conditional write (absent, or FAILED and due, or SENDING with an expired lease); whoever loses that race
 * gets {@link SendOutcome.AlreadySent} and calls nothing. After the provider answers, the outcome is recorded with a
 * write conditional on the claim's version. The one window left: the provider accepted the message and this process
 * died before recording SENT. The claim is on the retry index at its lease end, so the retry job sends it again
 * then: at-least-once in that window only (SES and SNS take no idempotency token). See docs/decisions.md.
 *
 * <p><b>Claim tokens.</b> Every claim carries a random {@link ClaimToken}. When a claim's write was applied but its
 * answer lost, the SDK's retry fails the condition the first attempt changed; the stored item then carries this
 * claim's token, so the claim is ours and the message goes out at once instead of after the lease. A rival claim,
 * even on the same clock tick, has another token and stays a rival's.
 *
 * <p><b>Failures.</b> A throttled provider is given short in-process pauses (bounded by
 * {@link NotifySettings#throttleBudget()}), then the message is given back as RetryLater. A transient failure (or any
 * unexpected exception from a sender) records FAILED with a retry time of exponential backoff with full jitter, which
 * puts it on the retry index; {@link DeliveryRetries} sends it again then, so callers never retry themselves.
 * A permanent failure, a template that cannot be rendered, or the last allowed attempt failing parks the message:
 * handed to the {@link DeadLetters} and recorded PARKED.
 *
 * <p><b>Daily cap.</b> After the claim, the suppression check and rendering, and before the provider call, one send
 * of the tenant's daily allowance for the channel is taken ({@link DailySendCap}). Taking it after the claim means a
 * message handed again (a redelivered event, a second worker) is not counted again: it never gets past the claim.
 * Every provider attempt counts (a retry after a failure is a new provider call); a worker that dies after taking it
 * leaves that unit taken (the count errs towards fewer sends). Over the cap the message is recorded CAPPED, a final
 * outcome: not sent, not retried.
 *
 * <p>DynamoDB calls of the common case (first send accepted): claim PutItem, suppression GetItem, cap UpdateItem,
 * record PutItem.
 */
public final class ReliablePostman implements Postman {
    private static final System.Logger LOG = System.getLogger(ReliablePostman.class.getName());
    private static final Duration MIN_RETRY_DELAY = Duration.ofSeconds(1);
    private static final int MAX_REASON = 500;

    private final Deliveries deliveries;
    private final Suppressions suppressions;
    private final Renderer renderer;
    private final EmailSender email;
    private final SmsSender sms;
    private final PushSender push;
    private final DeadLetters deadLetters;
    private final DailySendCap dailyCap;
    private final NotifySettings settings;
    private final Clock clock;
    private final Pause pause;
    private final RandomGenerator random;

    public ReliablePostman(Deliveries deliveries, Suppressions suppressions, Renderer renderer, EmailSender email,
                           SmsSender sms, PushSender push, DeadLetters deadLetters, DailySendCap dailyCap,
                           NotifySettings settings, Clock clock, Pause pause, RandomGenerator random) {
        this.deliveries = deliveries;
        this.suppressions = suppressions;
        this.renderer = renderer;
        this.email = email;
        this.sms = sms;
        this.push = push;
        this.deadLetters = deadLetters;
        this.dailyCap = dailyCap;
        this.settings = settings;
        this.clock = clock;
        this.pause = pause;
        this.random = random;
    }

    @Override
    public SendOutcome send(Outgoing message) {
        Instant now = clock.instant();
        Delivery claim = Delivery.firstClaim(message, now, now.plus(settings.lease()), ClaimToken.random());
        Optional<Delivery> existing = deliveries.createOrGet(claim);
        if (existing.isPresent()) {
            Delivery stored = existing.get();
            if (!stored.claimableAt(now)) {
                return outcomeOf(stored);
            }
            claim = stored.reclaimed(now, now.plus(settings.lease()), ClaimToken.random());
            if (!deliveries.replace(claim, stored.version())) {
                return new SendOutcome.AlreadySent();
            }
        }
        return attempt(claim);
    }

    /**
     * Sends a delivery found on the retry index again, if it is still claimable: the index is read eventually
     * consistently, so the claim is conditional on the version read; a delivery that moved on meanwhile is left alone.
     */
    public SendOutcome retry(Delivery due) {
        Instant now = clock.instant();
        if (!due.claimableAt(now)) {
            return outcomeOf(due);
        }
        Delivery claim = due.reclaimed(now, now.plus(settings.lease()), ClaimToken.random());
        if (!deliveries.replace(claim, due.version())) {
            return new SendOutcome.AlreadySent();
        }
        return attempt(claim);
    }

    private SendOutcome attempt(Delivery claim) {
        if (claim.attempts() > settings.maxAttempts()) {
            // Only when handing it to the dead letters failed after the last attempt: park it without sending again.
            return park(claim, claim.lastError());
        }
        Outgoing message = claim.outgoing();
        Optional<Suppression> suppressed = suppressions.isSuppressed(message.tenantId(), message.address());
        if (suppressed.isPresent()) {
            String reason = suppressed.get().reason().name();
            record(claim, claim.suppressed(reason, clock.instant()));
            return new SendOutcome.Suppressed(reason);
        }
        Rendered rendered;
        try {
            rendered = render(message);
        } catch (SendFailure failure) {
            return failed(claim, failure.kind(), "render: " + failure.getMessage());
        } catch (RuntimeException bug) {
            return failed(claim, SendFailure.Kind.PERMANENT, "render: " + bug);
        }
        if (!dailyCap.admits(message)) {
            String reason = dailyCap.reason(message);
            record(claim, claim.capped(reason, clock.instant()));
            return new SendOutcome.Capped(reason);
        }
        String providerId;
        try {
            providerId = deliver(rendered);
        } catch (SendFailure failure) {
            return failed(claim, failure.kind(), failure.kind() + ": " + failure.getMessage());
        } catch (RuntimeException unexpected) {
            return failed(claim, SendFailure.Kind.TRANSIENT, "TRANSIENT: " + unexpected);
        }
        // Outside the provider's try: a failure to record SENT is not a failed send. It propagates, the claim stays
        // SENDING until its lease ends, and a caller's redelivery meanwhile finds it claimed (AlreadySent) instead of
        // a FAILED delivery the retry job would send again within seconds.
        record(claim, claim.sent(providerId, clock.instant()));
        return new SendOutcome.Sent(providerId);
    }

    /** A message rendered for its channel, ready for the provider. */
    private record Rendered(EmailMessage email, SmsMessage sms, PushMessage push) {
    }

    private Rendered render(Outgoing message) {
        return switch (message.channel()) {
            case EMAIL -> new Rendered(renderer.email(message), null, null);
            case SMS -> new Rendered(null, renderer.sms(message), null);
            case PUSH -> new Rendered(null, null, renderer.push(message));
        };
    }

    /** One provider call, repeated after short pauses while the provider throttles and the budget lasts. */
    private String deliver(Rendered message) {
        Duration waited = Duration.ZERO;
        Duration next = settings.throttlePause();
        while (true) {
            try {
                if (message.email() != null) {
                    return email.send(message.email());
                }
                if (message.sms() != null) {
                    return sms.send(message.sms());
                }
                return push.send(message.push());
            } catch (SendFailure failure) {
                if (failure.kind() != SendFailure.Kind.THROTTLED || waited.plus(next).compareTo(settings.throttleBudget()) > 0) {
                    throw failure;
                }
                pause.pause(next);
                waited = waited.plus(next);
                next = next.multipliedBy(2);
            }
        }
    }

    private SendOutcome failed(Delivery claim, SendFailure.Kind kind, String error) {
        // Provider messages are short, but an exception's text is not bounded: keep the item small.
        String reason = error.length() > MAX_REASON ? error.substring(0, MAX_REASON) + "…" : error;
        if (kind == SendFailure.Kind.PERMANENT || claim.attempts() >= settings.maxAttempts()) {
            return park(claim, reason);
        }
        Instant now = clock.instant();
        Instant retryAt = now.plus(backoff(claim.attempts()));
        record(claim, claim.failed(reason, now, retryAt));
        return new SendOutcome.RetryLater(retryAt, reason);
    }

    private SendOutcome park(Delivery claim, String reason) {
        Outgoing message = claim.outgoing();
        try {
            deadLetters.park(new DeadLetter(message.tenantId(), message.id(), message, reason, claim.attempts()));
        } catch (RuntimeException unreachable) {
            // The dead-letter queue is unreachable: keep the message on the retry index; its next claim parks it
            // without calling the provider again (its attempts are then above the maximum).
            Instant now = clock.instant();
            Instant retryAt = now.plus(backoff(claim.attempts()));
            LOG.log(Level.WARNING, "dead letter of " + message.id() + " not accepted, parking again at " + retryAt, unreachable);
            record(claim, claim.toParkAgain(reason, settings.maxAttempts(), now, retryAt));
            return new SendOutcome.RetryLater(retryAt, reason);
        }
        record(claim, claim.parked(reason, clock.instant()));
        return new SendOutcome.Parked(reason);
    }

    /** Full jitter: a random delay below min(cap, base · 2^(attempt−1)), at least a second. */
    private Duration backoff(int attempt) {
        long base = settings.backoffBase().toMillis();
        long bound = attempt >= 31 ? Long.MAX_VALUE : base << Math.max(0, attempt - 1);
        if (bound < 0 || bound > settings.backoffCap().toMillis()) {
            bound = settings.backoffCap().toMillis();
        }
        Duration delay = Duration.ofMillis(random.nextLong(bound + 1));
        return delay.compareTo(MIN_RETRY_DELAY) < 0 ? MIN_RETRY_DELAY : delay;
    }

    private void record(Delivery claim, Delivery outcome) {
        Delivery stored = outcome.status() == DeliveryStatus.FAILED ? outcome
                : outcome.expiringAt(outcome.updatedAt().plus(settings.keepFinal()));
        if (!deliveries.replace(stored, claim.version())) {
            // Our lease ran out and another Postman took the message over: its record wins.
            LOG.log(Level.WARNING, "delivery " + claim.id() + " changed while it was being sent (lease too short?)");
        }
    }

    private static SendOutcome outcomeOf(Delivery stored) {
        return switch (stored.status()) {
            case SENT, SENDING -> new SendOutcome.AlreadySent();
            case FAILED -> new SendOutcome.RetryLater(stored.retryAt(), stored.lastError());
            case PARKED -> new SendOutcome.Parked(stored.lastError());
            case SUPPRESSED -> new SendOutcome.Suppressed(stored.lastError());
            case CAPPED -> new SendOutcome.Capped(stored.lastError());
        };
    }
}
