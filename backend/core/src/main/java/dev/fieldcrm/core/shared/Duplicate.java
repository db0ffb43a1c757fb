package dev.fieldcrm.core.shared;

/** A unique value (email, phone, tax id) already belongs to another record of the tenant. */
public final class Duplicate extends DomainException {
    private final UniqueValue value;
    private final RecordRef existing;

    public Duplicate(UniqueValue value, RecordRef existing) {
        super(value.kind().label() + " " + value.value() + " already belongs to " + existing.describe());
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
