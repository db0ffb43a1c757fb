package dev.fieldcrm.worker.notify;

import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.PushMessage;
import dev.fieldcrm.core.notify.Renderer;
import dev.fieldcrm.core.notify.SmsMessage;

import java.util.Map;

/**
 * The renderer used only when no other {@link Renderer} bean exists (the Qute renderer replaces it): shows the
 * template's name and the model as text, so the Postman can be wired and tested on its own.
 */
public final class PlainTextRenderer implements Renderer {
    @Override
    public EmailMessage email(Outgoing message) {
        String text = message.template() + ": " + message.model();
        return new EmailMessage(message.address(), message.template(), "<pre>" + escape(text) + "</pre>", text,
                message.headers());
    }

    @Override
    public SmsMessage sms(Outgoing message) {
        return new SmsMessage(message.address(), message.template() + ": " + message.model());
    }

    @Override
    public PushMessage push(Outgoing message) {
        return new PushMessage(message.address(), message.template(), String.valueOf(message.model()), Map.of());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
