package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.DynamoFormTraffic;
import dev.fieldcrm.core.dynamo.DynamoWebFormStore;
import dev.fieldcrm.core.informing.LinkKeys;
import dev.fieldcrm.core.leads.InboundLog;
import dev.fieldcrm.core.leads.LeadRouting;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.testing.LocalTable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends — random, oversized, odd Unicode, wrong ids, forged tokens — a submission ends as an
 * outcome or as a {@link ValidationFailed} (never another exception, which the API would answer with a 5xx), and
 * its writes are all or nothing: the form counts it as received exactly when its request and both replay guards
 * exist.
 */
class FormSubmissionsPropertiesTest {
    private static final String TENANT = "prop";
    private static final Instant LOADED = Instant.parse("2026-12-06T10:00:00Z");
    /** Stands for a valid token of the try's form (issued once the form exists). */
    private static final String VALID = "valid-token-of-this-form";
    private static final LinkKeys KEYS = LinkKeys.of("property-test-secret-0123456789", 1, "");
    private static String table;
    private static FormSubmissions submissions;
    private static DynamoWebFormStore store;
    private static DynamoChangeWriter writer;

    private static synchronized void init() {
        if (table == null) {
            table = LocalTable.fresh();
            store = new DynamoWebFormStore(LocalTable.client(), table);
            writer = new DynamoChangeWriter(LocalTable.client(), table);
            submissions = new FormSubmissions(store, new DynamoFormTraffic(LocalTable.client(), table),
                    new InboundLog(writer), new FillTimeTokens(KEYS), new RateLimits(1_000_000, 1_000_000),
                    Clock.fixed(LOADED.plusSeconds(10), ZoneOffset.UTC));
        }
    }

    @Property(tries = 200)
    void anySubmission_endsAsAnOutcomeOrAValidationError_andIsStoredWhollyOrNotAtAll(@ForAll("submissions") Submission generated) {
        init();
        WebForm form = newForm();
        Submission submission = VALID.equals(generated.token())
                ? new Submission(generated.submissionId(), new FillTimeTokens(KEYS).issue(form.id(), LOADED),
                generated.fields(), generated.consents(), generated.tracking())
                : generated;
        FormSubmissions.Resolved resolved = submissions.resolve(form.publicKey(), null);

        try {
            assertThat(submissions.submit(resolved, "198.51.100.7", submission)).isInstanceOf(SubmissionOutcome.Accepted.class);
        } catch (ValidationFailed expected) {
            assertThat(expected.errors()).isNotEmpty();
        }

        long received = store.counts(TENANT, form.id()).received();
        net.jqwik.api.statistics.Statistics.collect(received == 0 ? "nothing stored" : "stored");
        Map<String, AttributeValue> guard = submission.submissionId() == null ? Map.of()
                : item("T#" + TENANT + "#INBOUND_KEY#FORM#" + form.id() + "#SUB#" + submission.submissionId(), "GUARD");
        if (received == 0) {
            assertThat(guard == null || guard.isEmpty()).isTrue();
        } else {
            assertThat(received).isEqualTo(1);
            assertThat(guard).isNotEmpty();
            assertThat(item("T#" + TENANT + "#INBOUND#" + guard.get("holderId").s(), "INBOUND")).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<Submission> submissions() {
        Arbitrary<String> odd = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> values = Arbitraries.oneOf(odd, Arbitraries.strings().all().ofMinLength(4990).ofMaxLength(6000),
                Arbitraries.strings().withChars("\u0000\u202e\ud83d\ude00\ufeff\u200b\n\t éЁ").ofMaxLength(30),
                Arbitraries.just("anna@example.com"));
        Arbitrary<String> names = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of("name", "email", "phone", "message", "budget", "website")),
                net.jqwik.api.Tuple.of(1, odd));
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.strings().withChars("abcXYZ019_-").ofMinLength(8).ofMaxLength(64),
                odd, Arbitraries.just(null));
        Arbitrary<String> tokens = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(VALID)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new FillTimeTokens(KEYS).issue("another-form", LOADED))),
                net.jqwik.api.Tuple.of(1, odd), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        Arbitrary<Submission> wellFormed = Combinators.combine(
                Arbitraries.strings().withChars("abcXYZ019_-").ofMinLength(8).ofMaxLength(64),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200), odd,
                Arbitraries.strings().all().ofMaxLength(3000)).as((id, name, budget, message) -> new Submission(id, VALID,
                Map.of("name", "N " + name, "email", "anna@example.com", "budget", budget, "message", message),
                Map.of("privacy", true), Map.of("utm_source", budget)));
        return Arbitraries.oneOf(wellFormed, random(ids, tokens, names, values, odd));
    }

    private static Arbitrary<Submission> random(Arbitrary<String> ids, Arbitrary<String> tokens, Arbitrary<String> names,
                                                Arbitrary<String> values, Arbitrary<String> odd) {
        return Combinators.combine(ids, tokens,
                Arbitraries.maps(names, values).ofMaxSize(60),
                Arbitraries.maps(Arbitraries.oneOf(Arbitraries.just("privacy"), odd), Arbitraries.of(true, false)).ofMaxSize(25),
                Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of("utm_source", "page", "referrer"), odd), values).ofMaxSize(10))
                .as(Submission::new);
    }

    /** A fresh form per try (its counters start at zero); tokens are issued for it at "load" time. */
    private static WebForm newForm() {
        WebFormInput input = new WebFormInput("Contact", List.of("https://shop.example.com"), List.of(
                new FormField("name", "Name", FormFieldType.TEXT, true, null),
                new FormField("email", "Email", FormFieldType.EMAIL, true, null),
                new FormField("message", "Message", FormFieldType.TEXTAREA, false, 5000),
                new FormField("budget", "Budget", FormFieldType.TEXT, false, 20)),
                List.of(new FormConsent("privacy", "Privacy", false)), new LeadRouting(null, null, null, null, null),
                null, null, null, null, 0, false, true);
        WebForm form = WebForm.create(Ids.newId(), input, input.allowedOrigins(), LOADED, "admin");
        writer.apply(TENANT, new ChangeSet().create(form).create(new FormKey(form.publicKey(), TENANT, form)));
        return form;
    }

    private static Map<String, AttributeValue> item(String pk, String sk) {
        return LocalTable.client().getItem(g -> g.tableName(table).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
    }
}
