package dev.fieldcrm.core.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderStatus;
import dev.fieldcrm.core.orders.Payment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which webhook events one stream change means. Anything else (a client rewritten because an interaction was
 * logged on it, a deal's amount edited, an order confirmed…) means none.
 *
 * <ul>
 *   <li>client inserted → CLIENT_CREATED; client's details, owner or archived flag changed → CLIENT_CHANGED</li>
 *   <li>interaction inserted → INTERACTION_LOGGED</li>
 *   <li>deal's pipeline/stage differs before/after → DEAL_STAGE_CHANGED; deal's owner differs → LEAD_ASSIGNED</li>
 *   <li>order's status became SUBMITTED → ORDER_SUBMITTED</li>
 *   <li>payment inserted → PAYMENT_RECORDED</li>
 * </ul>
 */
public final class WebhookEvents {
    /** The JSON of payloads: ISO instants, no nulls, keys in a stable order (the bytes are signed). */
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private WebhookEvents() {
    }

    public static List<EventOccurrence> of(Change change) {
        List<EventOccurrence> found = new ArrayList<>();
        switch (change.after()) {
            case Client after -> {
                Client before = change.before(Client.class).orElse(null);
                if (before == null) {
                    found.add(new EventOccurrence(WebhookEvent.CLIENT_CREATED, after.createdAt(), Map.of("client", client(after))));
                } else if (!Objects.equals(before.details(), after.details()) || !Objects.equals(before.ownerId(), after.ownerId())
                        || before.archived() != after.archived()) {
                    found.add(new EventOccurrence(WebhookEvent.CLIENT_CHANGED, after.updatedAt(), Map.of("client", client(after))));
                }
            }
            case Interaction after when change.isInsert() ->
                    found.add(new EventOccurrence(WebhookEvent.INTERACTION_LOGGED, after.createdAt(), Map.of("interaction", publicFields(after))));
            case Deal after -> change.before(Deal.class).ifPresent(before -> {
                if (!Objects.equals(before.pipelineId(), after.pipelineId()) || !Objects.equals(before.stageId(), after.stageId())) {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("deal", publicFields(after));
                    data.put("fromPipelineId", before.pipelineId());
                    data.put("fromStageId", before.stageId());
                    found.add(new EventOccurrence(WebhookEvent.DEAL_STAGE_CHANGED, after.updatedAt(), data));
                }
                if (!Objects.equals(before.ownerId(), after.ownerId())) {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("deal", publicFields(after));
                    data.put("previousOwnerId", before.ownerId());
                    found.add(new EventOccurrence(WebhookEvent.LEAD_ASSIGNED, after.updatedAt(), data));
                }
            });
            case Order after when after.status() == OrderStatus.SUBMITTED
                    && change.before(Order.class).map(b -> b.status() != OrderStatus.SUBMITTED).orElse(true) ->
                    found.add(new EventOccurrence(WebhookEvent.ORDER_SUBMITTED, after.updatedAt(), Map.of("order", publicFields(after))));
            case Payment after when change.isInsert() ->
                    found.add(new EventOccurrence(WebhookEvent.PAYMENT_RECORDED, after.createdAt(), Map.of("payment", publicFields(after))));
            case null, default -> {
            }
        }
        return found;
    }

    /** The body receivers get: {@code {"id","type","occurredAt","data"}}. */
    public static String payload(String eventId, EventOccurrence occurrence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", occurrence.event());
        body.put("occurredAt", occurrence.occurredAt());
        body.put("data", occurrence.data());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write webhook payload", e);
        }
    }

    /** A client without what the system keeps for its own screens (the copied recent interactions). */
    private static Map<String, Object> client(Client client) {
        Map<String, Object> fields = publicFields(client);
        fields.remove("recentInteractions");
        return fields;
    }

    private static Map<String, Object> publicFields(Object record) {
        return JSON.convertValue(record, MAP);
    }
}
