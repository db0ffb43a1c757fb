package dev.fieldcrm.core.notify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A provider for all three channels that counts calls per message id (read from {@link PlainRenderer}'s output) and
 * answers as its {@code script} says: the script gets the message id and returns the failure to throw, or null to
 * accept. Thread-safe, so several Postmen can share one provider.
 */
final class TestProvider implements EmailSender, SmsSender, PushSender {
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Object> messages = new ConcurrentLinkedQueue<>();
    private final AtomicInteger providerIds = new AtomicInteger();
    private volatile Function<String, SendFailure> script = id -> null;

    void script(Function<String, SendFailure> answer) {
        this.script = answer;
    }

    /** Fails the next {@code n} calls (any message) with {@code kind}, then accepts. */
    void failNext(int n, SendFailure.Kind kind) {
        AtomicInteger left = new AtomicInteger(n);
        script(id -> left.getAndDecrement() > 0 ? new SendFailure(kind, "scripted " + kind, null) : null);
    }

    int calls(String id) {
        AtomicInteger n = calls.get(id);
        return n == null ? 0 : n.get();
    }

    int accepted(String id) {
        AtomicInteger n = accepted.get(id);
        return n == null ? 0 : n.get();
    }

    Map<String, AtomicInteger> acceptedById() {
        return accepted;
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<Object> messages() {
        return new CopyOnWriteArrayList<>(messages);
    }

    @Override
    public String send(EmailMessage message) {
        return answer(message.subject(), message);
    }

    @Override
    public String send(SmsMessage message) {
        return answer(message.text(), message);
    }

    @Override
    public String send(PushMessage message) {
        return answer(message.title(), message);
    }

    private String answer(String id, Object message) {
        calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        SendFailure failure = script.apply(id);
        if (failure != null) {
            throw failure;
        }
        accepted.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        messages.add(message);
        return "provider-" + providerIds.incrementAndGet();
    }
}
