package dev.fieldcrm.core.clients;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.audit.AuditEntry;
import dev.fieldcrm.core.audit.AuditQueries;
import dev.fieldcrm.core.idempotency.Idempotency;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.normalize.Emails;
import dev.fieldcrm.core.normalize.SearchText;
import dev.fieldcrm.core.normalize.TaxIds;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.UniqueValue;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Use cases of the client card: create, read, change, archive, hand over, list and search clients. */
public final class ClientService {
    private final ClientQueries clients;
    private final AuditQueries audit;
    private final UserStore users;
    private final ChangeWriter writer;
    private final ClientRules rules;
    private final Clock clock;
    private final ClientHandover handover;

    public ClientService(ClientQueries clients, AuditQueries audit, UserStore users, ChangeWriter writer,
                         ClientRules rules, Clock clock) {
        this(clients, audit, users, writer, rules, clock, ClientHandover.NONE);
    }

    /** @param handover what other features change in a handover's transaction (the client's open deals) */
    public ClientService(ClientQueries clients, AuditQueries audit, UserStore users, ChangeWriter writer,
                         ClientRules rules, Clock clock, ClientHandover handover) {
        this.clients = clients;
        this.audit = audit;
        this.users = users;
        this.writer = writer;
        this.rules = rules;
        this.clock = clock;
        this.handover = handover;
    }

    /**
     * Creates a client owned by the caller. With a client-chosen id (offline create) a repeated create
     * returns the stored client instead of failing.
     */
    public Client create(Caller caller, String requestedId, ClientDetails input, IdempotentRequest idempotent) {
        return create(caller, caller.userId(), caller.teamId(), requestedId, input, idempotent);
    }

    /**
     * Creates a client owned by {@code ownerId} (an import's owner column): the caller itself, or — for a manager —
     * an active rep of the caller's team, for an admin any active user. A repeated create with the same
     * {@code requestedId} returns the stored client, so a retried import chunk does not create twice.
     */
    public Client createOwnedBy(Caller caller, String ownerId, String requestedId, ClientDetails input) {
        if (ownerId == null || ownerId.equals(caller.userId())) {
            return create(caller, requestedId, input, null);
        }
        User owner = assignableOwner(caller, ownerId);
        return create(caller, owner.id(), owner.teamId(), requestedId, input, null);
    }

    private Client create(Caller caller, String ownerId, String teamId, String requestedId, ClientDetails input,
                          IdempotentRequest idempotent) {
        String id = requestedId == null ? Ids.newId() : Ids.requireValid("id", requestedId);
        Instant now = clock.instant();
        ChangeSet changes = new ChangeSet();
        Client client = planCreate(caller, ownerId, teamId, id, input, now, changes);
        Idempotency.remember(changes, caller, idempotent, client, now);
        try {
            writer.apply(caller.tenantId(), changes);
            return client;
        } catch (AlreadyExists e) {
            if (requestedId == null) {
                throw e;
            }
            // The same offline create arriving again: answer with what is stored (if the caller may see it).
            return visible(caller, clients.find(caller.tenantId(), id));
        }
    }

    /**
     * Adds a new client's writes to {@code changes} (the profile, its unique-value guards and the audit entry), with
     * the same normalisation and checks as {@link #create}: for a use case that creates a client together with other
     * records in one transaction (converting a lead). The owner is taken as given (the caller checked it).
     */
    public Client planCreate(Caller caller, String ownerId, String teamId, String id, ClientDetails input, Instant now,
                             ChangeSet changes) {
        ClientDetails details = rules.normalise(input);
        Client client = new Client(id, ownerId, teamId, details, false, null, List.of(),
                now, caller.userId(), now, caller.userId(), 1);
        changes.create(client);
        RecordRef ref = new RecordRef(id, null, details.name());
        ClientRules.uniques(details).forEach(value -> changes.claim(value, ref));
        changes.audit(Audit.entry(caller, now, id, "client", id, "created", null, client));
        return client;
    }

    public ClientCard card(Caller caller, String clientId) {
        ClientCard card = clients.card(caller.tenantId(), clientId).orElseThrow(() -> new NotFound("client"));
        if (!ClientAccess.canWork(caller, card.client())) {
            throw new NotFound("client");
        }
        return card;
    }

    /**
     * Changes the card. Open tasks carry the client's name and city for the agenda; they are rewritten in
     * the same transaction when either changes.
     */
    public Client update(Caller caller, String clientId, long expectedVersion, ClientDetails input) {
        ClientCard card = card(caller, clientId);
        Client current = card.client();
        ClientDetails details = rules.normalise(input);
        Instant now = clock.instant();
        Client updated = current.withDetails(details, caller.userId(), now);
        ChangeSet changes = new ChangeSet().replace(updated, expectedVersion);
        if (!details.name().equals(current.name()) || !java.util.Objects.equals(details.city(), current.details().city())) {
            for (Task task : card.openTasks()) {
                changes.replace(task.withClient(details.name(), details.city(), caller.userId(), now), task.version());
            }
        }
        RecordRef ref = new RecordRef(clientId, null, details.name());
        changes.rebind(ClientRules.uniques(current.details()), ClientRules.uniques(details), ref);
        changes.audit(Audit.entry(caller, now, clientId, "client", clientId, "updated", current, updated));
        writer.apply(caller.tenantId(), changes);
        return updated;
    }

    /** Archives (or restores) a client; its unique values stay taken so a duplicate cannot be created meanwhile. */
    public Client setArchived(Caller caller, String clientId, long expectedVersion, boolean archived) {
        Client current = visible(caller, clients.find(caller.tenantId(), clientId));
        Instant now = clock.instant();
        Client updated = current.withArchived(archived, caller.userId(), now);
        writer.apply(caller.tenantId(), new ChangeSet().replace(updated, expectedVersion)
                .audit(Audit.entry(caller, now, clientId, "client", clientId, archived ? "archived" : "restored", current, updated)));
        return updated;
    }

    /** Hands a client over to another rep: managers and admins only. */
    public Client reassign(Caller caller, String clientId, long expectedVersion, String newOwnerId) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can hand a client over to another rep");
        }
        // The card, not only the profile: the client's open deals (on the card) follow the handover.
        ClientCard card = clients.card(caller.tenantId(), clientId)
                .filter(c -> ClientAccess.canWork(caller, c.client())).orElseThrow(() -> new NotFound("client"));
        Client current = card.client();
        User owner = assignableOwner(caller, newOwnerId);
        Instant now = clock.instant();
        Client updated = current.withOwner(owner.id(), owner.teamId(), caller.userId(), now);
        ChangeSet changes = new ChangeSet().replace(updated, expectedVersion)
                .audit(Audit.entry(caller, now, clientId, "client", clientId, "reassigned", current, updated));
        handover.follow(caller, card, updated, now, changes);
        writer.apply(caller.tenantId(), changes);
        return updated;
    }

    /**
     * Whom a supervisor may make the owner of a client: an active user of the team (of the tenant, for an admin).
     * One GetItem of the user.
     */
    public User assignableOwner(Caller caller, String ownerId) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can make another user the owner of a client");
        }
        User owner = users.find(caller.tenantId(), ownerId)
                .filter(User::active)
                .orElseThrow(() -> ValidationFailed.of("ownerId", "is not an active user of this tenant"));
        if (!caller.is(Role.ADMIN) && !java.util.Objects.equals(owner.teamId(), caller.teamId())) {
            throw ValidationFailed.of("ownerId", "is not a member of your team");
        }
        return owner;
    }

    /**
     * Lists clients by name. A rep lists own clients; a manager lists the team, or one rep's clients with
     * {@code ownerId}. {@code namePrefix} narrows by name prefix, ignoring case and diacritics.
     */
    public Page<Client> list(Caller caller, String ownerId, String namePrefix, PageRequest page) {
        String prefix = namePrefix == null ? null : SearchText.nameKey(namePrefix);
        if (ownerId != null && !ownerId.equals(caller.userId())) {
            if (!caller.supervises()) {
                throw new Forbidden("a rep can list only own clients");
            }
            Page<Client> owned = clients.byOwner(caller.tenantId(), ownerId, prefix, page);
            return new Page<>(owned.items().stream().filter(c -> ClientAccess.canWork(caller, c)).toList(), owned.nextCursor());
        }
        if (caller.supervises() && caller.teamId() != null) {
            return clients.byTeam(caller.tenantId(), caller.teamId(), prefix, page);
        }
        return clients.byOwner(caller.tenantId(), caller.userId(), prefix, page);
    }

    /**
     * Every client the caller may work, page by page: a rep's own (Query GSI3), a manager's team (Query GSI4), for an
     * admin each team of the tenant's users (Query of the users partition, then GSI4 per team) and the clients of
     * users without a team (GSI3 per such user). Never a Scan.
     */
    public void forEachInScope(Caller caller, java.util.function.Consumer<Client> action) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.function.Consumer<Client> once = client -> {
            if (seen.add(client.id())) {
                action.accept(client);
            }
        };
        if (caller.is(Role.ADMIN)) {
            java.util.Set<String> teams = new java.util.TreeSet<>();
            for (User user : users.list(caller.tenantId())) {
                if (user.teamId() != null) {
                    teams.add(user.teamId());
                } else {
                    eachPage(page -> clients.byOwner(caller.tenantId(), user.id(), null, page), once);
                }
            }
            if (caller.teamId() != null) {
                teams.add(caller.teamId());
            }
            for (String team : teams) {
                eachPage(page -> clients.byTeam(caller.tenantId(), team, null, page), once);
            }
            eachPage(page -> clients.byOwner(caller.tenantId(), caller.userId(), null, page), once);
        } else if (caller.is(Role.MANAGER) && caller.teamId() != null) {
            eachPage(page -> clients.byTeam(caller.tenantId(), caller.teamId(), null, page), once);
        } else {
            eachPage(page -> clients.byOwner(caller.tenantId(), caller.userId(), null, page), once);
        }
    }

    private static void eachPage(java.util.function.Function<PageRequest, Page<Client>> query,
                                 java.util.function.Consumer<Client> action) {
        String cursor = null;
        do {
            Page<Client> page = query.apply(new PageRequest(PageRequest.MAX_LIMIT, cursor));
            page.items().forEach(action);
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    /** Finds the client (or the client of the contact) that holds a phone number, in any formatting. */
    public Optional<Client> findByPhone(Caller caller, String phone) {
        String e164 = rules.phoneOrNull(phone);
        if (e164 == null) {
            throw ValidationFailed.of("phone", "is not a valid phone number");
        }
        return findByUnique(caller, UniqueValue.phone(e164));
    }

    public Optional<Client> findByEmail(Caller caller, String email) {
        String normalised = Emails.normalise(email).orElseThrow(() -> ValidationFailed.of("email", "is not a valid email address"));
        return findByUnique(caller, UniqueValue.email(normalised));
    }

    public Optional<Client> findByTaxId(Caller caller, String taxId) {
        String normalised = TaxIds.normalise(taxId).orElseThrow(() -> ValidationFailed.of("taxId", "is not a valid tax id"));
        return findByUnique(caller, UniqueValue.taxId(normalised));
    }

    private Optional<Client> findByUnique(Caller caller, UniqueValue value) {
        return clients.holderOf(caller.tenantId(), value)
                .flatMap(ref -> clients.find(caller.tenantId(), ref.clientId()))
                .filter(client -> ClientAccess.canWork(caller, client));
    }

    public Page<AuditEntry> history(Caller caller, String clientId, PageRequest page) {
        visible(caller, clients.find(caller.tenantId(), clientId));
        return audit.history(caller.tenantId(), clientId, page);
    }


    private static Client visible(Caller caller, Optional<Client> client) {
        return client.filter(c -> ClientAccess.canWork(caller, c)).orElseThrow(() -> new NotFound("client"));
    }
}
