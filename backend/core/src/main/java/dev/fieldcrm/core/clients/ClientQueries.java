package dev.fieldcrm.core.clients;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.UniqueValue;

import java.util.Optional;

/** Reads of clients; each method is one DynamoDB call (see docs/data-model.md). */
public interface ClientQueries {
    /** The whole card in one Query of the client's partition. */
    Optional<ClientCard> card(String tenantId, String clientId);

    Optional<Client> find(String tenantId, String clientId);

    /** A rep's clients by name, optionally narrowed to a folded name prefix. */
    Page<Client> byOwner(String tenantId, String ownerId, String foldedPrefix, PageRequest page);

    /** A team's clients by name, optionally narrowed to a folded name prefix. */
    Page<Client> byTeam(String tenantId, String teamId, String foldedPrefix, PageRequest page);

    /** Which record holds a unique email, phone or tax id. */
    Optional<RecordRef> holderOf(String tenantId, UniqueValue value);
}
