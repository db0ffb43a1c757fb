package dev.fieldcrm.core.integrations;

/** What kind of service sends an integration's events. */
public enum IntegrationKind {
    /** Call tracking / telephony: {@code call.started}, {@code call.ended}, {@code call.missed}. */
    TELEPHONY,
    /** A website chat: {@code chat.started}. */
    CHAT
}
