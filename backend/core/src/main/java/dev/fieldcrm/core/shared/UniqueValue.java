package dev.fieldcrm.core.shared;

/** A normalised value that may belong to only one client or contact in a tenant. */
public record UniqueValue(Kind kind, String value) {

    public enum Kind {
        EMAIL("email"), PHONE("phone"), TAX_ID("tax id");

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
}
