package dev.fieldcrm.core.notify;

/**
 * Turns an {@link Outgoing} (template name, locale, model) into the message a provider receives.
 *
 * <p>The {@link Postman} renders just before each attempt, so a retry re-renders from the stored {@code Outgoing}.
 * The worker implements it with Qute templates under {@code templates/notify/<template>/<locale>/}. A renderer throws
 * {@link SendFailure} of kind {@link SendFailure.Kind#PERMANENT} when the template is missing or cannot be rendered
 * (retrying cannot help); the Postman parks such a message.
 */
public interface Renderer {
    /** @return the email for {@code message.address()} with subject, HTML and plain-text bodies and its headers */
    EmailMessage email(Outgoing message);

    /** @return the SMS text for {@code message.address()} */
    SmsMessage sms(Outgoing message);

    /** @return the push notification for the endpoint {@code message.address()} */
    PushMessage push(Outgoing message);
}
