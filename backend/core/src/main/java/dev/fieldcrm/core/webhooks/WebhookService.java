package dev.fieldcrm.core.webhooks;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.deals.SettingsAuditEntry;
import dev.fieldcrm.core.idempotency.Idempotency;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.shared.Caller;
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

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Admins' webhook subscriptions and their delivery logs. Only admins of the tenant see or change them (others get
 * 403); ids of another tenant are simply not found, since every key starts with the caller's tenant. Every change
 * leaves an entry in the tenant's settings trail ({@code /api/v1/sales-settings/history}, entity {@code webhook}) in
 * the same transaction, made of the subscription as admins see it: a secret never enters the trail.
 */
public final class WebhookService {
    /** Subscriptions per tenant: bounds the fan-out of one event (one transaction) and the list (one Query). */
    public static final int MAX_SUBSCRIPTIONS = 20;

    private final WebhookStore store;
    private final ChangeWriter writer;
    private final WebhookTargets targets;
    private final Clock clock;

    public WebhookService(WebhookStore store, ChangeWriter writer, WebhookTargets targets, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.targets = targets;
        this.clock = clock;
    }

    /** Query subscriptions (cap) · TWI: Put subscription, Put audit entry, [Put idempotency record]. */
    public WebhookWithSecret create(Caller caller, WebhookInput input, IdempotentRequest request) {
        requireAdmin(caller);
        targets.check(input.url());
        if (store.subscriptions(caller.tenantId()).size() >= MAX_SUBSCRIPTIONS) {
            throw ValidationFailed.of("url", "a tenant may have at most " + MAX_SUBSCRIPTIONS + " webhook subscriptions");
        }
        Instant now = clock.instant();
        WebhookSubscription created = WebhookSubscription.create(Ids.newId(), input, WebhookSignature.newSecret(), now,
                caller.userId());
        WebhookWithSecret answer = new WebhookWithSecret(created.view(), created.secret());
        ChangeSet changes = audited(caller, new ChangeSet().create(created), "created", null, created);
        Idempotency.remember(changes, caller, request, answer, now);
        writer.apply(caller.tenantId(), changes);
        return answer;
    }

    /** One Query; oldest first. */
    public List<Webhook> list(Caller caller) {
        requireAdmin(caller);
        return store.subscriptions(caller.tenantId()).stream()
                .sorted(Comparator.comparing(WebhookSubscription::id))
                .map(WebhookSubscription::view).toList();
    }

    public Webhook get(Caller caller, String id) {
        requireAdmin(caller);
        return find(caller, id).view();
    }

    /** GetItem · TWI: Put subscription ({@code version = :expected}), Put audit entry. */
    public Webhook update(Caller caller, String id, long expectedVersion, WebhookInput input) {
        requireAdmin(caller);
        targets.check(input.url());
        WebhookSubscription current = current(caller, id, expectedVersion);
        WebhookSubscription updated = current.updated(input, clock.instant(), caller.userId());
        writer.apply(caller.tenantId(), audited(caller, new ChangeSet().replace(updated, expectedVersion), "changed", current, updated));
        return updated.view();
    }

    /**
     * GetItem · TWI: Put subscription with a new secret ({@code version = :expected}); deliveries carry the old
     * secret's signature too for {@link WebhookSubscription#ROTATION_OVERLAP}, so receivers can switch without a gap.
     * Audited (Put audit entry) without either secret.
     */
    public WebhookWithSecret rotateSecret(Caller caller, String id, long expectedVersion) {
        requireAdmin(caller);
        WebhookSubscription current = current(caller, id, expectedVersion);
        WebhookSubscription rotated = current.withSecret(WebhookSignature.newSecret(), clock.instant(), caller.userId());
        writer.apply(caller.tenantId(), audited(caller, new ChangeSet().replace(rotated, expectedVersion), "secret-rotated",
                current, rotated));
        return new WebhookWithSecret(rotated.view(), rotated.secret());
    }

    /**
     * GetItem · TWI: Delete subscription, Put audit entry. Its deliveries stay readable until their TTL; pending ones are parked at
     * their next attempt. The version is compared on the read (the change writer has no conditional delete); a
     * concurrent change between read and delete is lost with the subscription, which is what deleting means.
     */
    public void delete(Caller caller, String id, long expectedVersion) {
        requireAdmin(caller);
        WebhookSubscription current = current(caller, id, expectedVersion);
        writer.apply(caller.tenantId(), audited(caller, new ChangeSet().remove(current), "deleted", current, null));
    }

    /** GetItem subscription · Query its deliveries, newest first. */
    public Page<WebhookDelivery> deliveries(Caller caller, String subscriptionId, PageRequest page) {
        requireAdmin(caller);
        find(caller, subscriptionId);
        return store.deliveries(caller.tenantId(), subscriptionId, page);
    }

    /**
     * Makes a delivery due now with a fresh budget of attempts (whatever its status); the retry job sends it on its
     * next run. GetItem delivery · TWI: Put delivery ({@code version = :expected}, back on the due index),
     * [Put idempotency record].
     */
    public WebhookDelivery redeliver(Caller caller, String subscriptionId, String deliveryId, IdempotentRequest request) {
        requireAdmin(caller);
        if (!Ids.isValid(subscriptionId) || !Ids.isValid(deliveryId)) {
            throw new NotFound("webhook delivery");
        }
        WebhookDelivery current = store.delivery(caller.tenantId(), subscriptionId, deliveryId)
                .orElseThrow(() -> new NotFound("webhook delivery"));
        Instant now = clock.instant();
        WebhookDelivery due = current.redelivered(now);
        ChangeSet changes = new ChangeSet().replace(due, current.version());
        Idempotency.remember(changes, caller, request, due, now);
        writer.apply(caller.tenantId(), changes);
        return due;
    }

    private WebhookSubscription find(Caller caller, String id) {
        if (!Ids.isValid(id)) {
            throw new NotFound("webhook");
        }
        return store.subscription(caller.tenantId(), id).orElseThrow(() -> new NotFound("webhook"));
    }

    private WebhookSubscription current(Caller caller, String id, long expectedVersion) {
        WebhookSubscription current = find(caller, id);
        if (current.version() != expectedVersion) {
            throw new VersionConflict("webhook", current.version());
        }
        return current;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("only an admin manages webhooks");
        }
    }

    private ChangeSet audited(Caller caller, ChangeSet changes, String action, WebhookSubscription before,
                              WebhookSubscription after) {
        String id = (after != null ? after : before).id();
        return changes.create(new SettingsAuditEntry(Audit.entry(caller, clock.instant(), null, "webhook", id, action,
                before == null ? null : before.view(), after == null ? null : after.view())));
    }
}
