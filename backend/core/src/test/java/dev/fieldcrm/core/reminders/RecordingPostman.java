package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.notify.SendOutcome;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Postman as its contract says (each id sent once), recording what it sent and every hand-over. It stands in
 * for the real Postman (SES/SNS, conditional send records) in tests of the reminders' own logic.
 */
public final class RecordingPostman implements Postman {
    private final Map<String, Outgoing> sent = new ConcurrentHashMap<>();
    private final List<Outgoing> handed = new CopyOnWriteArrayList<>();

    @Override
    public SendOutcome send(Outgoing message) {
        handed.add(message);
        return sent.putIfAbsent(message.id(), message) == null
                ? new SendOutcome.Sent("msg-" + message.id()) : new SendOutcome.AlreadySent();
    }

    /** Each message sent (at most once per id). */
    public List<Outgoing> sent() {
        return List.copyOf(sent.values());
    }

    /** Messages handed over whose id starts with the given prefix. */
    public List<Outgoing> sent(String idPrefix) {
        return sent.values().stream().filter(m -> m.id().startsWith(idPrefix)).toList();
    }

    public int handedOver() {
        return handed.size();
    }
}
