package dev.fieldcrm.core.shared;

/** A normalised value that may belong to only one client or contact in a tenant. */
public record UniqueValue(Kind kind, String value) {

    public enum Kind {
        EMAIL("email"), PHONE("phone"), TAX_ID("tax id"),
        /** A client's id in the system it was imported from. */
        EXTERNAL_ID("external id"),
        /** A contact's id in the system it was imported from (a separate space: source systems number them apart). */
        CONTACT_EXTERNAL_ID("contact external id"),
        /** An open lead's normalised email (leads do not take clients' guards: converting one claims those). */
        LEAD_EMAIL("lead email"),
        /** An open lead's E.164 phone. */
        LEAD_PHONE("lead phone");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static UniqueValue email(String normalised) {
        return new UniqueValue(Kind.EMAIL, normalised);
    }

    public static UniqueValue phone(String e164) {
        return new UniqueValue(Kind.PHONE, e164);
    }

    public static UniqueValue taxId(String normalised) {
        return new UniqueValue(Kind.TAX_ID, normalised);
    }

    public static UniqueValue externalId(String normalised) {
        return new UniqueValue(Kind.EXTERNAL_ID, normalised);
    }

    public static UniqueValue contactExternalId(String normalised) {
        return new UniqueValue(Kind.CONTACT_EXTERNAL_ID, normalised);
    }
}
