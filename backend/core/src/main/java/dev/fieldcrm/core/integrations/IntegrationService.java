package dev.fieldcrm.core.integrations;

import dev.fieldcrm.core.deals.SettingsQueries;
import dev.fieldcrm.core.leads.RoutingRules;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.UserStore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Admins' inbound integrations (telephony, chats). Only admins see or change them (others get 403); another tenant's
 * ids are not found. Every change rewrites the integration's public {@link IntegrationKey} copy in the same
 * transaction, so the events endpoint (one GetItem) never sees a half-changed integration.
 */
public final class IntegrationService {
    /** Integrations per tenant: the list is one Query. */
    public static final int MAX_INTEGRATIONS = 20;

    private final IntegrationStore store;
    private final SettingsQueries settings;
    private final UserStore users;
    private final ChangeWriter writer;
    private final Clock clock;

    public IntegrationService(IntegrationStore store, SettingsQueries settings, UserStore users, ChangeWriter writer,
                              Clock clock) {
        this.store = store;
        this.settings = settings;
        this.users = users;
        this.writer = writer;
        this.clock = clock;
    }

    /** Query integrations (cap) · Query settings · [GetItem owner] · TWI: Put integration, Put key item. */
    public IntegrationWithSecret create(Caller caller, IntegrationInput input) {
        requireAdmin(caller);
        if (store.integrations(caller.tenantId()).size() >= MAX_INTEGRATIONS) {
            throw ValidationFailed.of("name", "a tenant may have at most " + MAX_INTEGRATIONS + " inbound integrations");
        }
        check(caller, input);
        Integration created = Integration.create(Ids.newId(), input, clock.instant(), caller.userId());
        writer.apply(caller.tenantId(), new ChangeSet().create(created)
                .create(new IntegrationKey(created.key(), caller.tenantId(), created)));
        return new IntegrationWithSecret(created.view(), created.secret());
    }

    /** One Query; oldest first. */
    public List<IntegrationView> list(Caller caller) {
        requireAdmin(caller);
        return store.integrations(caller.tenantId()).stream()
                .sorted(Comparator.comparing(Integration::id))
                .map(Integration::view).toList();
    }

    public IntegrationView get(Caller caller, String id) {
        requireAdmin(caller);
        return find(caller, id).view();
    }

    /** GetItem · Query settings · [GetItem owner] · TWI: Put integration ({@code version}), Put key item. */
    public IntegrationView update(Caller caller, String id, long expectedVersion, IntegrationInput input) {
        requireAdmin(caller);
        Integration current = current(caller, id, expectedVersion);
        check(caller, input);
        Integration updated = current.updated(input, clock.instant(), caller.userId());
        writer.apply(caller.tenantId(), new ChangeSet().replace(updated, expectedVersion)
                .overwrite(new IntegrationKey(updated.key(), caller.tenantId(), updated)));
        return updated.view();
    }

    /** GetItem · TWI: Put integration with a new secret ({@code version}), Put key item; the old secret stops at once. */
    public IntegrationWithSecret rotateSecret(Caller caller, String id, long expectedVersion) {
        requireAdmin(caller);
        Integration current = current(caller, id, expectedVersion);
        Integration rotated = current.withNewSecret(clock.instant(), caller.userId());
        writer.apply(caller.tenantId(), new ChangeSet().replace(rotated, expectedVersion)
                .overwrite(new IntegrationKey(rotated.key(), caller.tenantId(), rotated)));
        return new IntegrationWithSecret(rotated.view(), rotated.secret());
    }

    /**
     * GetItem · TWI: Delete integration, Delete key item. The version is compared on the read (the change writer has
     * no conditional delete), as for webhook subscriptions. Requests it already delivered stay.
     */
    public void delete(Caller caller, String id, long expectedVersion) {
        requireAdmin(caller);
        Integration current = current(caller, id, expectedVersion);
        writer.apply(caller.tenantId(), new ChangeSet().remove(current)
                .remove(new IntegrationKey(current.key(), caller.tenantId(), current)));
    }

    private void check(Caller caller, IntegrationInput input) {
        List<FieldError> errors = new ArrayList<>();
        RoutingRules.check(input.routing(), settings.load(caller.tenantId()),
                userId -> users.find(caller.tenantId(), userId), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private Integration find(Caller caller, String id) {
        if (!Ids.isValid(id)) {
            throw new NotFound("integration");
        }
        return store.integration(caller.tenantId(), id).orElseThrow(() -> new NotFound("integration"));
    }

    private Integration current(Caller caller, String id, long expectedVersion) {
        Integration current = find(caller, id);
        if (current.version() != expectedVersion) {
            throw new VersionConflict("integration", current.version());
        }
        return current;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("only an admin manages inbound integrations");
        }
    }
}
