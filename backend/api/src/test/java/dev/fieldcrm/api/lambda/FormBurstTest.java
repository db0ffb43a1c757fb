package dev.fieldcrm.api.lambda;

import dev.fieldcrm.api.webforms.FormFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.fieldcrm.api.webforms.FormFixtures.SITE;
import static dev.fieldcrm.api.webforms.FormFixtures.form;
import static dev.fieldcrm.api.webforms.FormFixtures.submission;
import static dev.fieldcrm.api.webforms.FormFixtures.token;
import static dev.fieldcrm.api.webforms.FormFixtures.visitor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded burst of 1,000 submissions from one address (loopback) against one form: the per-address limit engages,
 * nothing fails with 5xx, and afterwards the same form still takes a submission from another address (API Gateway's
 * {@code sourceIp} in a real event) and another form one from the same address. No timing is asserted.
 */
@QuarkusTest
class FormBurstTest {
    private static final int BURST = 1000;

    @Test
    void aBurstOf1000FromOneAddress_isRateLimited_andTheServerStillServesOthers() throws Exception {
        String tenant = FormFixtures.newTenant();
        JsonPath form = FormFixtures.create(tenant, form("Contact us"));
        JsonPath otherForm = FormFixtures.create(tenant, form("Newsletter"));
        String key = form.getString("publicKey");
        String token = token(key);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        Instant start = Instant.now();
        for (int i = 0; i < BURST; i++) {
            int n = i;
            sent.add(pool.submit(() -> {
                int status = visitor().header("Origin", SITE)
                        .body(submission("burst-" + String.format("%06d", n), token, "b" + n + "@example.com"))
                        .post("/api/v1/forms/" + key + "/submissions").statusCode();
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();
        // The limit is per UTC minute: a burst on a busy machine may span several windows, each admitting 10.
        long windows = ChronoUnit.MINUTES.between(start.truncatedTo(ChronoUnit.MINUTES),
                Instant.now().truncatedTo(ChronoUnit.MINUTES)) + 1;

        int accepted = count(statuses, 202);
        int limited = count(statuses, 429);
        assertThat(accepted + limited).as("every answer is 202 or 429: %s", statuses).isEqualTo(BURST);
        assertThat(accepted).isBetween(10, (int) (10 * windows));
        assertThat(limited).isGreaterThanOrEqualTo(BURST - (int) (10 * windows));
        JsonPath counts = FormFixtures.counts(tenant, form.getString("id"));
        assertThat(counts.getLong("received")).isEqualTo(accepted);
        assertThat(counts.getLong("rateLimited")).isEqualTo(limited);

        ApiGatewayEvents.LambdaResponse fromElsewhere = ApiGatewayEvents.anonymous()
                .post("/api/v1/forms/" + key + "/submissions", submission("elsewhere-01", token, "else@example.com"))
                .header("content-type", "application/json").header("origin", SITE).invoke();
        assertThat(fromElsewhere.statusCode()).as(fromElsewhere.body()).isEqualTo(202);
        String otherKey = otherForm.getString("publicKey");
        visitor().header("Origin", SITE).body(submission("other-form-1", token(otherKey), "o@example.com"))
                .post("/api/v1/forms/" + otherKey + "/submissions").then().statusCode(202);
    }

    private static int count(Map<Integer, AtomicInteger> statuses, int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }
}
