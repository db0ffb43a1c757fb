package dev.fieldcrm.core.notify;

/** Hands a push notification to the provider (SNS platform endpoints in AWS; a capturing adapter locally). */
public interface PushSender {
    /** @return the provider's message id; throws {@link SendFailure} when the provider refuses or fails */
    String send(PushMessage message);
}
