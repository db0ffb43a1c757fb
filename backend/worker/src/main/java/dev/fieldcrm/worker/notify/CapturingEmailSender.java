package dev.fieldcrm.worker.notify;

import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.EmailSender;
import dev.fieldcrm.core.notify.Outbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Mode capture: writes each email to the outbox (JSON + the HTML body as .html) and keeps it in memory for tests. */
public final class CapturingEmailSender implements EmailSender {
    private final Outbox outbox;
    private final List<EmailMessage> sent = new CopyOnWriteArrayList<>();

    public CapturingEmailSender(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String send(EmailMessage message) {
        String id = outbox.write(Channel.EMAIL, message.to(), message.subject(), message.text(), message.html(),
                message.headers()).providerMessageId();
        sent.add(message);
        return id;
    }

    /** What was sent since start, oldest first. */
    public List<EmailMessage> sent() {
        return List.copyOf(sent);
    }
}
