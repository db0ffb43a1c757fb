package dev.fieldcrm.worker.bounces;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.notify.SuppressionReason;
import dev.fieldcrm.core.notify.Suppressions;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.LambdaInvoker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ses-notifications function, given SNS's Lambda event JSON wrapping SES notifications. */
@QuarkusTest
@TestProfile(SesNotificationHandlerTest.SesNotificationsFunction.class)
class SesNotificationHandlerTest {

    /** The function as deployed for the SNS topic of SES feedback: QUARKUS_LAMBDA_HANDLER=ses-notifications. */
    public static class SesNotificationsFunction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.lambda.handler", "ses-notifications");
        }
    }

    @Inject Suppressions suppressions;
    @Inject DynamoCalls calls;

    /** SNS's Lambda event: one record per SES notification, the notification as the (string) message. */
    static String snsEvent(List<String> sesMessages) throws IOException {
        List<Map<String, Object>> records = new java.util.ArrayList<>();
        int n = 0;
        for (String message : sesMessages) {
            n++;
            Map<String, Object> sns = new LinkedHashMap<>();
            sns.put("Type", "Notification");
            sns.put("MessageId", "95df01b4-ee98-5cb9-9903-4c221d41eb5" + n);
            sns.put("TopicArn", "arn:aws:sns:eu-central-1:123456789012:fieldcrm-ses-feedback");
            sns.put("Subject", null);
            sns.put("Message", message);
            sns.put("Timestamp", "2026-11-23T17:02:12.001Z");
            sns.put("SignatureVersion", "1");
            sns.put("Signature", "tcc6faL2yUC6dgZdmrwh1Y4cGa/ebXEkAi6RibDsvpi+tE/1+82j...65r==");
            sns.put("SigningCertUrl", "https://sns.eu-central-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem");
            sns.put("UnsubscribeUrl", "https://sns.eu-central-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-central-1:123456789012:fieldcrm-ses-feedback:0b0e");
            sns.put("MessageAttributes", Map.of());
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("EventVersion", "1.0");
            record.put("EventSubscriptionArn", "arn:aws:sns:eu-central-1:123456789012:fieldcrm-ses-feedback:0b0e");
            record.put("EventSource", "aws:sns");
            record.put("Sns", sns);
            records.add(record);
        }
        return new ObjectMapper().writeValueAsString(Map.of("Records", records));
    }

    @Test
    void bouncesAndComplaints_fromTheSnsTopic_landOnTheTenantsSuppressionList() throws IOException {
        String tenant = "sesfn" + System.nanoTime();
        String event = snsEvent(List.of(
                SesNotificationsTest.sample("bounce-permanent.json", tenant),
                SesNotificationsTest.sample("bounce-transient.json", tenant),
                SesNotificationsTest.sample("complaint.json", tenant)));

        calls.reset();
        String answer = LambdaInvoker.invoke(event);

        assertThat(answer).isEqualTo("3");
        assertThat(calls.made()).containsOnly("PutItem").hasSize(3);
        assertThat(suppressions.isSuppressed(tenant, "gone.away@example.com")).get()
                .extracting(s -> s.reason()).isEqualTo(SuppressionReason.BOUNCE);
        assertThat(suppressions.isSuppressed(tenant, "old.box@example.org")).isPresent();
        assertThat(suppressions.isSuppressed(tenant, "annoyed@example.net")).get()
                .extracting(s -> s.reason()).isEqualTo(SuppressionReason.COMPLAINT);
        assertThat(suppressions.isSuppressed(tenant, "full.box@example.com")).isEmpty();

        // SNS delivers at least once: the same event again changes nothing
        assertThat(LambdaInvoker.invoke(event)).isEqualTo("3");
        assertThat(suppressions.list(tenant, new dev.fieldcrm.core.shared.PageRequest(50, null)).items()).hasSize(3);
    }
}
