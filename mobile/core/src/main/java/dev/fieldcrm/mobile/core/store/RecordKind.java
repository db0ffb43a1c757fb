package dev.fieldcrm.mobile.core.store;

import java.util.Locale;

/** The kinds of record the device keeps; the wire names are those of the sync API's {@code kind}. */
public enum RecordKind {
    CLIENT, CONTACT, TASK, INTERACTION, DEAL, ORDER,
    /** An open lead assigned to the rep ("contact the lead" on Today); the server tombstones it once it is handled. */
    LEAD;

    /** The sync API's name, e.g. {@code "client"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a sync API {@code kind}; unknown kinds (a newer server) give null so the caller can skip them. */
    public static RecordKind fromWire(String kind) {
        for (RecordKind value : values()) {
            if (value.wireName().equals(kind)) {
                return value;
            }
        }
        return null;
    }
}
