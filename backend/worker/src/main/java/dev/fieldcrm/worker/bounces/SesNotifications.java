package dev.fieldcrm.worker.bounces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.notify.SuppressionReason;
import dev.fieldcrm.core.notify.Suppressions;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.worker.aws.SesTags;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the addresses of SES bounces and complaints on the tenant's suppression list.
 *
 * <p>Reads SES's event records (configuration-set event publishing: {@code eventType}) and its older identity
 * feedback notifications ({@code notificationType}), as SNS delivers them. The tenant comes from the message tag
 * {@code tenant} the {@link dev.fieldcrm.worker.aws.SesEmailSender} set: SES publishes tags only through a
 * configuration set, so a notification without it cannot be attributed and is logged and skipped.
 * <ul>
 *   <li>{@code Permanent} bounce → every bounced recipient suppressed with {@link SuppressionReason#BOUNCE};</li>
 *   <li>complaint → every complained recipient suppressed with {@link SuppressionReason#COMPLAINT};</li>
 *   <li>{@code Transient} and {@code Undetermined} bounces (full mailbox, greylisting) and every other event type
 *       (delivery, open …) → ignored.</li>
 * </ul>
 * Idempotent: suppressing an address already on the list keeps its first entry, so SNS redelivering a notification
 * changes nothing. A notification that cannot be read is logged and dropped (retrying cannot help); a failing table
 * write throws, so Lambda retries the delivery.
 */
public final class SesNotifications {
    private static final Logger LOG = Logger.getLogger(SesNotifications.class);
    private final Suppressions suppressions;
    private final ObjectMapper json;

    /** @param json the worker's one mapper (Quarkus-managed) */
    public SesNotifications(Suppressions suppressions, ObjectMapper json) {
        this.suppressions = suppressions;
        this.json = json;
    }

    /** One suppression the notification asks for. */
    public record Feedback(String tenantId, String address, SuppressionReason reason, String source) {
    }

    /**
     * Applies one SES notification (the SNS message's body).
     *
     * @return the suppressions it asked for (empty for ignored notifications)
     */
    public List<Feedback> apply(String sesMessage) {
        List<Feedback> feedback = read(sesMessage);
        for (Feedback f : feedback) {
            try {
                suppressions.suppress(f.tenantId(), f.address(), f.reason(), f.source());
            } catch (ValidationFailed notAnAddress) {
                LOG.warnf("SES reported %s for %s, which is no address we can suppress: %s", f.reason(), f.address(), notAnAddress.getMessage());
            }
        }
        return feedback;
    }

    /** The suppressions an SES notification asks for; none for one that is unreadable, ignored or unattributable. */
    List<Feedback> read(String sesMessage) {
        JsonNode message;
        try {
            message = json.readTree(sesMessage);
        } catch (JsonProcessingException e) {
            LOG.warnf("an SES notification that is not JSON was dropped: %s", e.getOriginalMessage());
            return List.of();
        }
        if (message == null || !message.isObject()) {
            return List.of();
        }
        String type = message.path("eventType").asText(message.path("notificationType").asText(""));
        SuppressionReason reason;
        JsonNode recipients;
        String feedbackId;
        switch (type) {
            case "Bounce" -> {
                JsonNode bounce = message.path("bounce");
                if (!"Permanent".equals(bounce.path("bounceType").asText())) {
                    return List.of();
                }
                reason = SuppressionReason.BOUNCE;
                recipients = bounce.path("bouncedRecipients");
                feedbackId = bounce.path("feedbackId").asText("");
            }
            case "Complaint" -> {
                JsonNode complaint = message.path("complaint");
                reason = SuppressionReason.COMPLAINT;
                recipients = complaint.path("complainedRecipients");
                feedbackId = complaint.path("feedbackId").asText("");
            }
            default -> {
                return List.of();
            }
        }
        JsonNode mail = message.path("mail");
        String tenant = SesTags.decode(mail.path("tags").path(SesTags.TENANT_TAG).path(0).asText(null)).orElse(null);
        if (tenant == null) {
            LOG.warnf("SES %s for message %s has no tenant tag (sent without the configuration set?): not suppressed",
                    type, mail.path("messageId").asText("?"));
            return List.of();
        }
        String source = "ses:" + type.toLowerCase() + ":" + (feedbackId.isEmpty() ? mail.path("messageId").asText("") : feedbackId);
        List<Feedback> feedback = new ArrayList<>();
        for (JsonNode recipient : recipients) {
            String address = recipient.path("emailAddress").asText("");
            if (!address.isBlank()) {
                feedback.add(new Feedback(tenant, bareAddress(address), reason, source));
            }
        }
        return feedback;
    }

    /** SES may report {@code "Anna <anna@example.com>"}: the address inside the angle brackets. */
    private static String bareAddress(String address) {
        int open = address.lastIndexOf('<');
        int close = address.lastIndexOf('>');
        return open >= 0 && close > open ? address.substring(open + 1, close).strip() : address.strip();
    }
}
