package dev.fieldcrm.core.clients;

/** Where the client stands with us. */
public enum ClientType {
    POTENTIAL, ACTIVE, PASSIVE
}
