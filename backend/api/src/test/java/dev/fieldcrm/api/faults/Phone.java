package dev.fieldcrm.api.faults;

import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.core.shared.Sleep;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The API's client as our phone behaves: a 5xx, a 429 or a lost answer → the very same request again (same
 * Idempotency-Key, same client-made id) after a short pause; a 409/412 → the caller's re-read decides whether the
 * change is already there (done) or the request goes again. Counts every answer by operation and status, and keeps
 * what must never happen: a 500, a 5xx that is not problem+json or shows internals.
 */
final class Phone {
    /** Attempts per operation, 429s not counted (they wait as long as the API says). */
    private static final int ATTEMPTS = 40;

    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> done = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();

    /**
     * Sends until a 2xx (its response) or until {@code alreadyApplied} says, after a 409/412, that the change is
     * there (then null). Fails after {@value #ATTEMPTS} attempts: an operation that never gets through is a finding.
     */
    Response send(String operation, Supplier<Response> request, Predicate<Response> alreadyApplied) {
        int attempts = 0;
        while (attempts < ATTEMPTS) {
            Response response;
            attempts++;
            try {
                response = request.get();
            } catch (RuntimeException lostAnswer) {
                count(operation, "no answer");
                continue;
            }
            int status = response.statusCode();
            count(operation, String.valueOf(status));
            if (status >= 200 && status < 300) {
                done.computeIfAbsent(operation, k -> new LongAdder()).increment();
                return response;
            }
            if (status >= 500) {
                checkServerError(operation, response);
            } else if (status == 409 || status == 412) {
                if (alreadyApplied.test(response)) {
                    done.computeIfAbsent(operation, k -> new LongAdder()).increment();
                    return null;
                }
            } else if (status == 429) {
                // Rate-limited (the public form's limit per address and minute): wait as told, as the snippet does.
                Sleep.quietly(Duration.ofSeconds(Math.min(60, Long.parseLong(response.header("Retry-After")))));
                attempts--;
                continue;
            } else {
                violations.add(operation + ": unexpected " + status + " " + response.asString());
                return null;
            }
            Sleep.jittered(20, 60);
        }
        violations.add(operation + ": no success in " + ATTEMPTS + " attempts");
        return null;
    }

    private void checkServerError(String operation, Response response) {
        if (response.statusCode() == 500) {
            violations.add(operation + ": 500 " + response.asString());
        }
        try {
            Problems.assertProblemDocument(response.contentType(), response.asString(), response.statusCode());
        } catch (AssertionError e) {
            violations.add(operation + ": " + e.getMessage());
        }
    }

    private void count(String operation, String status) {
        answers.computeIfAbsent(operation + " " + status, k -> new LongAdder()).increment();
    }

    /** Answers seen, as "operation status" → count. */
    Map<String, Long> answers() {
        return sums(answers);
    }

    /** Operations that went through (a 2xx, or found applied after a 409/412), by operation. */
    Map<String, Long> done() {
        return sums(done);
    }

    java.util.List<String> violations() {
        return java.util.List.copyOf(violations);
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counts) {
        Map<String, Long> sums = new java.util.TreeMap<>();
        counts.forEach((key, count) -> sums.put(key, count.sum()));
        return sums;
    }

}
