package dev.fieldcrm.core.shared;

import com.github.f4b6a3.ulid.Ulid;
import com.github.f4b6a3.ulid.UlidCreator;

/** Identifiers are ULIDs: sortable by creation time and safe to create offline on a phone. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UlidCreator.getMonotonicUlid().toString();
    }

    /** Whether a client-chosen id is a well-formed ULID (upper-case Crockford base32, 26 chars). */
    public static boolean isValid(String id) {
        return id != null && id.length() == 26 && Ulid.isValid(id) && id.equals(id.toUpperCase(java.util.Locale.ROOT));
    }

    public static String requireValid(String field, String id) {
        if (!isValid(id)) {
            throw ValidationFailed.of(field, "must be a ULID (26 characters, Crockford base32, upper case)");
        }
        return id;
    }
}
