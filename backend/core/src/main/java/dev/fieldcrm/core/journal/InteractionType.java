package dev.fieldcrm.core.journal;

/** How the rep and the client were in touch. */
public enum InteractionType {
    CALL, MEETING, VISIT, EMAIL, NOTE
}
