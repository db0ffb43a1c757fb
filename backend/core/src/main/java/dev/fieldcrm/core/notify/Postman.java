package dev.fieldcrm.core.notify;

/**
 * Sends messages at most once each: the only way the rest of the system sends email, SMS or push.
 *
 * <p>The message's deterministic id is claimed with a conditional write before the provider is called and the
 * outcome recorded after it, so two workers handed the same message send it once. Suppressed addresses are
 * honoured here, for every kind of message.
 */
public interface Postman {
    SendOutcome send(Outgoing message);
}
