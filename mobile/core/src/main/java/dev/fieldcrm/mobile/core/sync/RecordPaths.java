package dev.fieldcrm.mobile.core.sync;

import dev.fieldcrm.mobile.core.store.RecordKind;

/**
 * Where the API's GET of a record is, for a sync change that came without its data (the backend leaves out a record
 * too big for a feed entry). Tasks have no GET of their own: they are read from the client card's
 * {@code openTasks} ({@link RecordFinder} picks them out).
 */
final class RecordPaths {
    private RecordPaths() {
    }

    /** The path to read, or null when the change does not say enough (no client for a client-owned record). */
    static String read(RecordKind kind, String id, String clientId) {
        if (kind == RecordKind.CLIENT) {
            return "/api/v1/clients/" + id;
        }
        if (kind == RecordKind.DEAL) {
            return "/api/v1/deals/" + id;
        }
        if (kind == RecordKind.LEAD) {
            return "/api/v1/leads/" + id;
        }
        if (clientId == null) {
            return null;
        }
        String client = "/api/v1/clients/" + clientId;
        return switch (kind) {
            case CONTACT -> client + "/contacts/" + id;
            case INTERACTION -> client + "/interactions/" + id;
            case ORDER -> client + "/orders/" + id;
            default -> client;
        };
    }
}
