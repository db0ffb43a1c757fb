package dev.fieldcrm.core.notify;

/** How a message reaches a person. */
public enum Channel {
    EMAIL, SMS, PUSH
}
