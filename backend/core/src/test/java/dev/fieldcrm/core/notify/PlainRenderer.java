package dev.fieldcrm.core.notify;

import java.util.Map;

/**
 * Renders without templates, putting the message id where the test provider can read it back (subject, SMS text,
 * push title), so provider calls can be counted per message. A template named {@code broken} cannot be rendered.
 */
final class PlainRenderer implements Renderer {
    @Override
    public EmailMessage email(Outgoing message) {
        check(message);
        return new EmailMessage(message.address(), message.id(), "<p>" + message.model() + "</p>",
                String.valueOf(message.model()), message.headers());
    }

    @Override
    public SmsMessage sms(Outgoing message) {
        check(message);
        return new SmsMessage(message.address(), message.id());
    }

    @Override
    public PushMessage push(Outgoing message) {
        check(message);
        return new PushMessage(message.address(), message.id(), String.valueOf(message.model()), Map.of());
    }

    private static void check(Outgoing message) {
        if (message.template().equals("broken")) {
            throw new SendFailure(SendFailure.Kind.PERMANENT, "no template broken", null);
        }
    }
}
