package dev.fieldcrm.api.support;

import dev.fieldcrm.core.shared.Ids;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique, valid values for tests sharing one database: phones, emails and tax ids never collide by accident. */
public final class TestData {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private TestData() {
    }

    public static int next() {
        return SEQUENCE.incrementAndGet() % 10_000_000;
    }

    /** A valid Russian mobile number, written the way reps type it. */
    public static String phone() {
        String digits = String.format("%07d", next());
        return "8 (916) " + digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    public static String e164(String typedPhone) {
        return "+7" + typedPhone.replaceAll("\\D", "").substring(1);
    }

    public static String email() {
        return "Buyer." + next() + "@Example.COM";
    }

    public static String taxId() {
        return String.format("50%08d", next());
    }

    /** A client body with the given name and fresh unique values. */
    public static Map<String, Object> client(String name) {
        Map<String, Object> client = new HashMap<>();
        client.put("name", name);
        client.put("legalForm", "ООО");
        client.put("phones", List.of(phone()));
        client.put("emails", List.of(email()));
        client.put("requisites", Map.of("taxId", taxId()));
        client.put("geography", Map.of("country", "Россия", "city", "Тверь", "lat", 56.85, "lon", 35.9));
        client.put("priority", "A");
        client.put("type", "ACTIVE");
        client.put("category", "VIP");
        client.put("loyalty", 4);
        client.put("salesPotential", Map.of("amount", "1500000.00", "currency", "RUB"));
        client.put("contract", Map.of("number", "D-1", "start", "2026-01-01", "end", "2026-12-31", "prolongationReminderDays", 30));
        return client;
    }

    public static Map<String, Object> nextStep(String dueAt) {
        return Map.of("kind", "CALL", "title", "Call back about the order", "dueAt", dueAt);
    }

    public static Map<String, Object> interaction(String occurredAt, Map<String, Object> nextStep) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "VISIT");
        body.put("occurredAt", occurredAt);
        body.put("summary", "Checked the shelves, discussed the Q1 volume");
        body.put("result", "Interested");
        if (nextStep != null) {
            body.put("nextStep", nextStep);
        }
        return body;
    }

    public static Map<String, Object> nextStep(Instant dueAt) {
        return nextStep(dueAt.toString());
    }

    /** A next step (or planned task) for someone other than the person planning it. */
    public static Map<String, Object> nextStepFor(String assigneeId, Instant dueAt) {
        Map<String, Object> step = new HashMap<>(nextStep(dueAt));
        step.put("assigneeId", assigneeId);
        return step;
    }

    public static Map<String, Object> interaction(Instant occurredAt, Map<String, Object> nextStep) {
        return interaction(occurredAt.toString(), nextStep);
    }

    /** An interaction after which the work with the client has ended, so it plans no next step. */
    public static Map<String, Object> lastInteraction(Instant occurredAt, String noNextStepReason) {
        Map<String, Object> body = interaction(occurredAt, null);
        body.put("noNextStepReason", noNextStepReason);
        return body;
    }

    /** An id a phone would choose for a record it creates offline. */
    public static String ulid() {
        return Ids.newId();
    }
}
