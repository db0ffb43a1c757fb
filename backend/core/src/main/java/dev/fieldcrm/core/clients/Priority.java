package dev.fieldcrm.core.clients;

/** Strategic priority of the client. */
public enum Priority {
    A, B, C
}
