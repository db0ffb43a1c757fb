package dev.fieldcrm.core.notify;

/** Hands an email to the provider (SES v2 in AWS; a capturing adapter locally). */
public interface EmailSender {
    /** @return the provider's message id; throws {@link SendFailure} when the provider refuses or fails */
    String send(EmailMessage message);
}
