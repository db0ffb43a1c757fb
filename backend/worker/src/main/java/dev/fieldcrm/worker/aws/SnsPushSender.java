package dev.fieldcrm.worker.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.notify.PushMessage;
import dev.fieldcrm.core.notify.PushSender;
import dev.fieldcrm.core.notify.SendFailure;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.EndpointDisabledException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sends a push with SNS {@code Publish} to a platform endpoint ({@code TargetArn}), {@code MessageStructure=json}
 * with one payload per platform: {@code GCM} in the FCM v1 format ({@code fcmV1Message}: notification + data),
 * {@code APNS} and {@code APNS_SANDBOX} ({@code aps.alert} title/body, data beside {@code aps}), and a plain
 * {@code default}. One message serves any endpoint, whatever its platform.
 *
 * <p>{@code EndpointDisabled} (the push service rejected the token: the app is gone) is permanent, and the endpoint
 * is reported to {@code onEndpointDisabled} so the device is marked disabled and not pushed to again.
 */
public final class SnsPushSender implements PushSender {
    private final SnsClient sns;
    private final ObjectMapper json;
    private final Consumer<String> onEndpointDisabled;

    /** @param json the worker's one mapper (Quarkus-managed) */
    public SnsPushSender(SnsClient sns, ObjectMapper json, Consumer<String> onEndpointDisabled) {
        this.sns = sns;
        this.json = json;
        this.onEndpointDisabled = onEndpointDisabled;
    }

    @Override
    public String send(PushMessage message) {
        String payload = payload(message);
        try {
            return sns.publish(p -> p.targetArn(message.endpoint()).messageStructure("json").message(payload)).messageId();
        } catch (EndpointDisabledException e) {
            onEndpointDisabled.accept(message.endpoint());
            throw new SendFailure(SendFailure.Kind.PERMANENT, "SNS Publish (push): endpoint disabled " + message.endpoint(), e);
        } catch (SdkException e) {
            throw AwsFailures.classify("SNS Publish (push)", e);
        }
    }

    String payload(PushMessage message) {
        Map<String, String> data = message.data() == null ? Map.of() : message.data();
        Map<String, Object> notification = Map.of("title", message.title(), "body", message.body());

        Map<String, Object> fcmMessage = new LinkedHashMap<>();
        fcmMessage.put("notification", notification);
        fcmMessage.put("data", data);
        Map<String, Object> gcm = Map.of("fcmV1Message", Map.of("message", fcmMessage));

        Map<String, Object> apns = new LinkedHashMap<>();
        apns.put("aps", Map.of("alert", notification, "sound", "default"));
        apns.putAll(data);

        Map<String, String> structure = new LinkedHashMap<>();
        structure.put("default", message.title() + (message.body().isEmpty() ? "" : ": " + message.body()));
        structure.put("GCM", json(gcm));
        structure.put("APNS", json(apns));
        structure.put("APNS_SANDBOX", json(apns));
        return json(structure);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
