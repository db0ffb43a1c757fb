package dev.fieldcrm.bench;

import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.dynamo.WebFormServices;
import dev.fieldcrm.core.informing.LinkKeys;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.webforms.CaptchaVerifier;
import dev.fieldcrm.core.webforms.FillTimeTokens;
import dev.fieldcrm.core.webforms.FormField;
import dev.fieldcrm.core.webforms.FormFieldType;
import dev.fieldcrm.core.webforms.FormSubmissions;
import dev.fieldcrm.core.webforms.RateLimits;
import dev.fieldcrm.core.webforms.Submission;
import dev.fieldcrm.core.webforms.SubmissionOutcome;
import dev.fieldcrm.core.webforms.WebForm;
import dev.fieldcrm.core.webforms.WebFormInput;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Web-form submission latency (issue 6): the public request path's own work — resolve the key (GetItem), the rate
 * window (UpdateItem), validation and the one TransactWriteItems of {@code InboundLog} — timed per submission against
 * DynamoDB Local in this JVM (in memory), single-threaded, after a warm-up. Half of the measured submissions are new,
 * half are replays of the previous one (same submission id), so both outcomes are in the distribution. Not included:
 * HTTP/Lambda event handling (see the API latency rows in docs/benchmarks.md for that fixed overhead).
 */
public final class BenchForms {
    private static final String TENANT = "bench";
    static final String ORIGIN = "https://shop.example.com";

    private BenchForms() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchDigests.options(args);
        int count = Integer.parseInt(options.getOrDefault("submissions", "5000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
        Path out = Path.of(options.getOrDefault("out", "backend/bench/results"));
        BenchDigests.CallCounter calls = new BenchDigests.CallCounter();
        try (DynamoDbLocalServer server = DynamoDbLocalServer.inMemory()) {
            DynamoDbClient dynamo = server.client(List.of(calls));
            String table = "fieldcrm-bench-forms";
            TableDesign.createIfMissing(dynamo, table);
            WebFormServices services = new WebFormServices(dynamo, table, Clock.systemUTC());
            WebForm form = contactForm(dynamo, table, TENANT);
            FillTimeTokens tokens = new FillTimeTokens(LinkKeys.of("bench-link-secret-0123456789", 1, ""));
            FormSubmissions submissions = services.submissions(tokens, new RateLimits(1_000_000, 1_000_000), CaptchaVerifier.NONE);
            String token = tokens.issue(form.id(), Instant.now());

            run(submissions, form, token, "warm", warmup);
            calls.reset();
            long[] nanos = run(submissions, form, token, "run", count);
            Map<String, Long> made = calls.snapshot();
            Percentiles p = Percentiles.of(nanos);
            String report = "# Web-form submissions (issue 6)\n\n"
                    + "Command: `backend/bench/run-forms.sh --submissions " + count + " --warmup " + warmup + "`  \n"
                    + "Date: " + Instant.now() + "; load average at the end: " + Files.readString(Path.of("/proc/loadavg")).strip() + "\n\n"
                    + "| submissions | p50 | p99 | p99.9 | mean | max |\n|---|---|---|---|---|---|\n"
                    + "| " + p.count() + " (half replays) | " + ms(p.p50Micros()) + " | " + ms(p.p99Micros()) + " | "
                    + ms(p.p999Micros()) + " | " + ms(p.meanMicros()) + " | " + ms(p.maxMicros()) + " |\n\n"
                    + "DynamoDB calls in the measured run: " + made + "\n";
            Files.createDirectories(out);
            Files.writeString(out.resolve("forms.md"), report);
            System.out.println(report);
        }
    }

    /**
     * The tenant's website contact form, made by an admin of the tenant (created too): allowed from {@link #ORIGIN},
     * no minimum fill time and no CAPTCHA, so that a benchmark can submit at once.
     */
    static WebForm contactForm(DynamoDbClient dynamo, String table, String tenant) {
        new DynamoUserStore(dynamo, table).save(tenant,
                new User("admin", "Admin", "admin@example.com", Set.of(Role.ADMIN), "hq", "UTC", "en", true, 1));
        Caller admin = new Caller(tenant, "admin", Set.of(Role.ADMIN), "hq", ZoneOffset.UTC);
        return new WebFormServices(dynamo, table, Clock.systemUTC()).admin(new DynamoUserStore(dynamo, table))
                .create(admin, new WebFormInput("Contact", List.of(ORIGIN), List.of(
                        new FormField("name", "Name", FormFieldType.TEXT, true, null),
                        new FormField("email", "Email", FormFieldType.EMAIL, true, null),
                        new FormField("phone", "Phone", FormFieldType.TEL, false, null),
                        new FormField("message", "Message", FormFieldType.TEXTAREA, false, null)),
                        List.of(), null, null, null, null, null, 0, false, true, null));
    }

    private static long[] run(FormSubmissions submissions, WebForm form, String token, String prefix, int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            int n = i % 2 == 0 ? i : i - 1;  // odd ones replay the previous submission
            Submission submission = new Submission(prefix + "-" + String.format("%08d", n), token,
                    Map.of("name", "Person " + n, "email", "p" + n + "-" + prefix + "@example.com",
                            "message", "Please call me about order " + n), Map.of(), Map.of("utm_source", "bench"), null);
            long start = System.nanoTime();
            SubmissionOutcome outcome = submissions.submit(submissions.resolve(form.publicKey(), ORIGIN),
                    "198.51.100." + (i % 250), submission);
            nanos[i] = System.nanoTime() - start;
            if (!(outcome instanceof SubmissionOutcome.Accepted)) {
                throw new IllegalStateException("not accepted: " + outcome);
            }
        }
        return nanos;
    }

    private static String ms(long micros) {
        return String.format("%.2f ms", micros / 1000.0);
    }
}
