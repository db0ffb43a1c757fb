package dev.fieldcrm.worker.bounces;

import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.notify.Suppression;
import dev.fieldcrm.core.notify.SuppressionReason;
import dev.fieldcrm.core.notify.Suppressions;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** SES bounce and complaint notifications (samples written after the SES docs) feed the suppression list. */
class SesNotificationsTest {
    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static DynamoDbLocalServer server;
    private static DynamoDbClient dynamo;
    private static Suppressions suppressions;
    private final String tenant = "bounces" + TENANTS.incrementAndGet();
    private final SesNotifications notifications = new SesNotifications(suppressions, new com.fasterxml.jackson.databind.ObjectMapper());

    @BeforeAll
    static void table() {
        server = DynamoDbLocalServer.inMemory();
        dynamo = server.client();
        TableDesign.createIfMissing(dynamo, "ses-notifications-test");
        suppressions = NotifyServices.suppressions(dynamo, "ses-notifications-test", "RU", Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        dynamo.close();
        server.close();
    }

    static String sample(String name, String tenant) throws IOException {
        try (InputStream in = SesNotificationsTest.class.getResourceAsStream("/ses/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"TENANT\"", "\"" + tenant + "\"");
        }
    }

    private java.util.List<Suppression> listed() {
        return suppressions.list(tenant, new PageRequest(200, null)).items();
    }

    @Test
    void aPermanentBounce_suppressesEveryBouncedRecipientInTheTaggedTenant() throws IOException {
        notifications.apply(sample("bounce-permanent.json", tenant));

        assertThat(listed()).extracting(Suppression::address, Suppression::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("gone.away@example.com", SuppressionReason.BOUNCE),
                org.assertj.core.groups.Tuple.tuple("old.box@example.org", SuppressionReason.BOUNCE));
        assertThat(suppressions.isSuppressed(tenant, "GONE.AWAY@example.com")).get()
                .extracting(Suppression::source).isEqualTo("ses:bounce:0102019a5c1e2f3b-7d1c4c2e-1b0a-4f0e-9a61-2c9d8e7f6a5b-000000");
        assertThat(suppressions.isSuppressed("other" + tenant, "gone.away@example.com")).isEmpty();
    }

    @Test
    void aComplaint_suppressesTheComplainingRecipient() throws IOException {
        notifications.apply(sample("complaint.json", tenant));

        assertThat(listed()).singleElement().satisfies(s -> {
            assertThat(s.address()).isEqualTo("annoyed@example.net");
            assertThat(s.reason()).isEqualTo(SuppressionReason.COMPLAINT);
        });
    }

    @Test
    void aTransientBounce_isIgnored() throws IOException {
        assertThat(notifications.apply(sample("bounce-transient.json", tenant))).isEmpty();
        assertThat(listed()).isEmpty();
    }

    @Test
    void otherEventTypes_areIgnored() throws IOException {
        assertThat(notifications.apply(sample("delivery.json", tenant))).isEmpty();
        assertThat(listed()).isEmpty();
    }

    @Test
    void aNotificationWithoutTenantTag_isSkipped_notGuessed() throws IOException {
        assertThat(notifications.apply(sample("identity-bounce-without-tags.json", tenant))).isEmpty();
    }

    @Test
    void theSameNotificationTwice_keepsTheFirstEntry() throws IOException {
        notifications.apply(sample("bounce-permanent.json", tenant));
        Suppression first = suppressions.isSuppressed(tenant, "gone.away@example.com").orElseThrow();

        notifications.apply(sample("bounce-permanent.json", tenant));

        assertThat(listed()).hasSize(2);
        assertThat(suppressions.isSuppressed(tenant, "gone.away@example.com")).contains(first);
    }

    @Test
    void aMessageThatIsNotJson_isDroppedWithoutFailing() {
        assertThat(notifications.apply("this is not json")).isEmpty();
        assertThat(notifications.apply("[]")).isEmpty();
    }

    @Test
    void anEncodedTenantTag_isDecoded() throws IOException {
        String encoded = dev.fieldcrm.worker.aws.SesTags.encode("tenant.with.dots");
        assertThat(encoded).startsWith("b64-");

        assertThat(notifications.read(sample("complaint.json", encoded)))
                .singleElement().extracting(SesNotifications.Feedback::tenantId).isEqualTo("tenant.with.dots");
    }
}
