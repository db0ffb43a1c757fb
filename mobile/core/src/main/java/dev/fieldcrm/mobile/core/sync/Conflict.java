package dev.fieldcrm.mobile.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.mobile.core.api.ApiProblem;
import dev.fieldcrm.mobile.core.outbox.OutboxCommand;
import java.time.Instant;

/**
 * A change of the rep's that the server refused (409, 412, 422…), kept until the rep chooses: nothing is dropped
 * silently. Shown in the "needs attention" list with both versions.
 *
 * @param command      the refused command as it was queued ("mine" is its request body)
 * @param problem      the server's problem document (why)
 * @param theirs       the server's current version of the record, or null (a creation, or it could not be read)
 * @param theirVersion that version's number, or null
 * @param at           when it was refused
 */
public record Conflict(OutboxCommand command, ApiProblem problem, JsonNode theirs, Long theirVersion, Instant at) {

    /** The conflict's id: the refused command's ULID. */
    public String id() {
        return command.id();
    }

    /** The rep's change (the request body that was refused). */
    public JsonNode mine() {
        return command.request().body();
    }

    /**
     * Whether "keep mine" can help: the server refused a stale version (409/412) and we know the current one, so the
     * same change sent again on top of it may pass. A 422 (invalid input) needs an edit instead.
     */
    public boolean canKeepMine() {
        return theirVersion != null && (problem.status() == 409 || problem.status() == 412);
    }
}
