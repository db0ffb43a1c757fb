package dev.fieldcrm.worker.notify;

import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Outbox;
import dev.fieldcrm.core.notify.SmsMessage;
import dev.fieldcrm.core.notify.SmsSender;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Mode capture: writes each SMS to the outbox as JSON and keeps it in memory for tests. */
public final class CapturingSmsSender implements SmsSender {
    private final Outbox outbox;
    private final List<SmsMessage> sent = new CopyOnWriteArrayList<>();

    public CapturingSmsSender(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String send(SmsMessage message) {
        String id = outbox.write(Channel.SMS, message.to(), null, message.text(), null, Map.of()).providerMessageId();
        sent.add(message);
        return id;
    }

    /** What was sent since start, oldest first. */
    public List<SmsMessage> sent() {
        return List.copyOf(sent);
    }
}
