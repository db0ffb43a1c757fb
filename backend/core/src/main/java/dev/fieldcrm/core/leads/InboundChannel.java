package dev.fieldcrm.core.leads;

/** Where an inbound request came from. */
public enum InboundChannel {
    /** A website form (the snippet's JSON or a plain HTML form post). */
    WEB_FORM,
    /** A call-tracking or telephony service's call event. */
    CALL,
    /** A chat service's "chat started" event. */
    CHAT
}
