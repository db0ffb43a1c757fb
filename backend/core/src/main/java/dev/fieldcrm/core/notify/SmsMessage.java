package dev.fieldcrm.core.notify;

/** A rendered SMS to an E.164 number. */
public record SmsMessage(String to, String text) {
}
