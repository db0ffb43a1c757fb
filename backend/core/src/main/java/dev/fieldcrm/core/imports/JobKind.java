package dev.fieldcrm.core.imports;

/** Which way the data goes. */
public enum JobKind {
    IMPORT, EXPORT
}
