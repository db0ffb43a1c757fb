package dev.fieldcrm.core.clients;

/**
 * External ids (the record's id in the system it was imported from) are compared as written, apart from
 * surrounding spaces; a blank one means none.
 */
final class ExternalIds {
    private ExternalIds() {
    }

    static String normalise(String externalId) {
        return externalId == null || externalId.isBlank() ? null : externalId.strip();
    }
}
