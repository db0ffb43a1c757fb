package dev.fieldcrm.core.notify;

/** Hands an SMS to the provider (SNS in AWS; a capturing adapter locally). */
public interface SmsSender {
    /** @return the provider's message id; throws {@link SendFailure} when the provider refuses or fails */
    String send(SmsMessage message);
}
