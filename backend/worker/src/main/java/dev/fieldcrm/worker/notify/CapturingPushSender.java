package dev.fieldcrm.worker.notify;

import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Outbox;
import dev.fieldcrm.core.notify.PushMessage;
import dev.fieldcrm.core.notify.PushSender;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Mode capture: writes each push notification to the outbox as JSON and keeps it in memory for tests. */
public final class CapturingPushSender implements PushSender {
    private final Outbox outbox;
    private final List<PushMessage> sent = new CopyOnWriteArrayList<>();

    public CapturingPushSender(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String send(PushMessage message) {
        String id = outbox.write(Channel.PUSH, message.endpoint(), message.title(), message.body(), null,
                message.data()).providerMessageId();
        sent.add(message);
        return id;
    }

    /** What was sent since start, oldest first. */
    public List<PushMessage> sent() {
        return List.copyOf(sent);
    }
}
