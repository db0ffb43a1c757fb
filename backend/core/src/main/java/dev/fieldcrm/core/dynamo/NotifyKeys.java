package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Delivery;
import dev.fieldcrm.core.notify.DeliveryRetries;
import dev.fieldcrm.core.notify.DeliveryStatus;
import dev.fieldcrm.core.notify.Suppression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.Map;

/**
 * Keys of the Postman's records.
 *
 * <ul>
 *   <li>Delivery: its own partition {@code T#<tenant>#DELIVERY#<message id>}, sort key {@code DELIVERY} (looked up by
 *       id only; one partition per message keeps concurrent claims of different messages apart). While FAILED it is
 *       on the due index (kind {@code retry}) at its retry time; while SENDING at its lease end, so a claim whose
 *       worker died is taken over by the retry job.</li>
 *   <li>Suppression: the tenant's partition {@code T#<tenant>#SUPPRESSIONS}, sort key {@code ADDR#<normalised
 *       address>}: one GetItem per send, one Query per page of the admin list.</li>
 *   <li>Daily send cap counter: partition {@code T#<tenant>#SENDCAP#<yyyy-MM-dd>} (UTC day), sort key the channel
 *       ({@code EMAIL}, {@code SMS}, {@code PUSH}); no entity type (no record, stream listeners skip it), removed by
 *       the TTL three days after its day began.</li>
 * </ul>
 */
final class NotifyKeys {
    static final String DELIVERY_SK = "DELIVERY";
    static final String ADDRESS_PREFIX = "ADDR#";

    private NotifyKeys() {
    }

    static String delivery(String tenantId, String messageId) {
        return Keys.tenant(tenantId) + "DELIVERY#" + messageId;
    }

    static String suppressions(String tenantId) {
        return Keys.tenant(tenantId) + "SUPPRESSIONS";
    }

    static Map<String, AttributeValue> sendCapKey(String tenantId, LocalDate day, Channel channel) {
        return Keys.key(Keys.tenant(tenantId) + "SENDCAP#" + day, channel.name());
    }

    static Map<String, AttributeValue> deliveryKey(String tenantId, String messageId) {
        return Keys.key(delivery(tenantId, messageId), DELIVERY_SK);
    }

    static Map<String, AttributeValue> suppressionKey(String tenantId, String address) {
        return Keys.key(suppressions(tenantId), ADDRESS_PREFIX + address);
    }

    static Map<String, AttributeValue> of(String tenantId, Delivery d) {
        Map<String, AttributeValue> k = deliveryKey(tenantId, d.id());
        if (d.status() == DeliveryStatus.FAILED && d.retryAt() != null) {
            DueIndex.put(k, DeliveryRetries.KIND, d.retryAt(), tenantId, d.id());
        } else if (d.status() == DeliveryStatus.SENDING && d.leaseUntil() != null) {
            DueIndex.put(k, DeliveryRetries.KIND, d.leaseUntil(), tenantId, d.id());
        }
        return k;
    }

    static Map<String, AttributeValue> of(String tenantId, Suppression s) {
        return suppressionKey(tenantId, s.address());
    }
}
