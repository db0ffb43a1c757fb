package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.deals.SettingsQueries;
import dev.fieldcrm.core.shared.Caller;
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
import java.util.Comparator;
import java.util.List;

/**
 * Admins' web forms. Admins change them; managers and admins read them (a manager shows a rep where leads come
 * from); reps get 403. Ids of another tenant are simply not found: every key starts with the caller's tenant. Each
 * change rewrites the form's public {@link FormKey} copy in the same transaction.
 */
public final class WebFormService {
    /** Forms per tenant: keeps the list one bounded Query. */
    public static final int MAX_FORMS = 50;

    private final WebFormStore store;
    private final SettingsQueries settings;
    private final UserStore users;
    private final ChangeWriter writer;
    private final Clock clock;

    public WebFormService(WebFormStore store, SettingsQueries settings, UserStore users, ChangeWriter writer, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.users = users;
        this.writer = writer;
        this.clock = clock;
    }

    /** Query forms (cap) · Query settings · [GetItem owner] · TWI: Put form, Put key item (both attribute_not_exists). */
    public WebForm create(Caller caller, WebFormInput input) {
        requireAdmin(caller);
        if (store.forms(caller.tenantId()).size() >= MAX_FORMS) {
            throw ValidationFailed.of("name", "a tenant may have at most " + MAX_FORMS + " web forms");
        }
        List<String> origins = check(caller, input);
        WebForm form = WebForm.create(Ids.newId(), input, origins, clock.instant(), caller.userId());
        writer.apply(caller.tenantId(), new ChangeSet().create(form).create(new FormKey(form.publicKey(), caller.tenantId(), form)));
        return form;
    }

    /** One Query; oldest first. */
    public List<WebForm> list(Caller caller) {
        requireReader(caller);
        return store.forms(caller.tenantId()).stream().sorted(Comparator.comparing(WebForm::id)).toList();
    }

    /** GetItem. */
    public WebForm get(Caller caller, String id) {
        requireReader(caller);
        return find(caller, id);
    }

    /** GetItem form · GetItem tally. */
    public WebFormCounts counts(Caller caller, String id) {
        requireReader(caller);
        find(caller, id);
        return store.counts(caller.tenantId(), id);
    }

    /** GetItem · Query settings · [GetItem owner] · TWI: Put form ({@code version}), Put key item copy. */
    public WebForm update(Caller caller, String id, long expectedVersion, WebFormInput input) {
        requireAdmin(caller);
        WebForm current = current(caller, id, expectedVersion);
        List<String> origins = check(caller, input);
        WebForm updated = current.updated(input, origins, clock.instant(), caller.userId());
        writer.apply(caller.tenantId(), new ChangeSet().replace(updated, expectedVersion)
                .overwrite(new FormKey(updated.publicKey(), caller.tenantId(), updated)));
        return updated;
    }

    /**
     * A new public key; the old one stops working at once (no grace: a leaked key is the usual reason to rotate, and
     * the embed code is one line to change). GetItem · TWI: Put form ({@code version}), Delete old key item, Put new.
     */
    public WebForm rotateKey(Caller caller, String id, long expectedVersion) {
        requireAdmin(caller);
        WebForm current = current(caller, id, expectedVersion);
        WebForm rotated = current.withNewKey(clock.instant(), caller.userId());
        writer.apply(caller.tenantId(), new ChangeSet().replace(rotated, expectedVersion)
                .remove(new FormKey(current.publicKey(), caller.tenantId(), current))
                .create(new FormKey(rotated.publicKey(), caller.tenantId(), rotated)));
        return rotated;
    }

    /** GetItem (version compared) · TWI: Delete form, Delete key item. Its counters stay (tiny) until the tenant goes. */
    public void delete(Caller caller, String id, long expectedVersion) {
        requireAdmin(caller);
        WebForm current = current(caller, id, expectedVersion);
        writer.apply(caller.tenantId(), new ChangeSet().remove(current)
                .remove(new FormKey(current.publicKey(), caller.tenantId(), current)));
    }

    private List<String> check(Caller caller, WebFormInput input) {
        return WebFormRules.check(input, settings.load(caller.tenantId()), userId -> users.find(caller.tenantId(), userId));
    }

    private WebForm find(Caller caller, String id) {
        if (!Ids.isValid(id)) {
            throw new NotFound("web form");
        }
        return store.form(caller.tenantId(), id).orElseThrow(() -> new NotFound("web form"));
    }

    private WebForm current(Caller caller, String id, long expectedVersion) {
        WebForm current = find(caller, id);
        if (current.version() != expectedVersion) {
            throw new VersionConflict("web form", current.version());
        }
        return current;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("only an admin manages web forms");
        }
    }

    private static void requireReader(Caller caller) {
        if (!caller.is(Role.ADMIN) && !caller.is(Role.MANAGER)) {
            throw new Forbidden("only managers and admins see web forms");
        }
    }
}
