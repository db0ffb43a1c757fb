package dev.fieldcrm.core.shared;

/** A unique value (email, phone, tax id) already belongs to another record of the tenant. */
public final class Duplicate extends DomainException {
    private final UniqueValue value;
    private final RecordRef existing;

    public Duplicate(UniqueValue value, RecordRef existing) {
        this(value, existing, null);
    }

    /** @param advice what the user can do instead (appended to the message), or null */
    public Duplicate(UniqueValue value, RecordRef existing, String advice) {
        super(value.kind().label() + " " + value.value() + " already belongs to " + existing.describe()
                + (advice == null ? "" : "; " + advice));
        this.value = value;
        this.existing = existing;
    }

    public UniqueValue value() {
        return value;
    }

    public RecordRef existing() {
        return existing;
    }
}
