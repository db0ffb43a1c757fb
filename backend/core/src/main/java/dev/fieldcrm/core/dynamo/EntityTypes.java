package dev.fieldcrm.core.dynamo;

import java.util.Optional;

/**
 * The entity-type names stored in each item's {@link ItemCodec#ENTITY_TYPE} attribute: the record's class name below
 * {@code dev.fieldcrm.core.} (e.g. {@code clients.Client}). Only records of the core can be named, so a stream image
 * never makes the worker load an arbitrary class.
 */
public final class EntityTypes {
    private static final String CORE = "dev.fieldcrm.core.";

    private EntityTypes() {
    }

    static String nameOf(Class<?> type) {
        String name = type.getName();
        if (!name.startsWith(CORE)) {
            throw new IllegalArgumentException("not a core record: " + name);
        }
        return name.substring(CORE.length());
    }

    /** The record class of a stored entity-type name; empty for names of no (longer existing) core record. */
    static Optional<Class<?>> typeOf(String name) {
        try {
            Class<?> type = Class.forName(CORE + name, false, EntityTypes.class.getClassLoader());
            return type.isRecord() ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
