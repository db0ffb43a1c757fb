package dev.fieldcrm.core.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderStatus;
import dev.fieldcrm.core.orders.Payment;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookEventsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-23T10:00:00Z");

    private static List<WebhookEvent> events(Object before, Object after) {
        return WebhookEvents.of(new Change("acme", "stream-1", before, after)).stream().map(EventOccurrence::event).toList();
    }

    private static Client client(String name, String owner, boolean archived, Instant lastContact, long version) {
        return new Client("C1", owner, "east", details(name), archived, lastContact, List.of(), T0, "rep1", T1, "rep1", version);
    }

    private static ClientDetails details(String name) {
        return new ClientDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private static Deal deal(String owner, String stage, long version) {
        return new Deal("D1", "C1", null, owner, "east", "Coffee", null, null, null, null, null, null, null, null,
                "clients", stage, T0, DealStatus.OPEN, null, null, null, null, false, T0, "rep1", T1, "rep1", version);
    }

    private static Order order(OrderStatus status, long version) {
        return new Order("O1", "C1", "Client", "rep1", "east", status, "RUB", null, null, BigDecimal.ZERO, List.of(),
                BigDecimal.TEN, BigDecimal.ONE, new BigDecimal("11.00"), null, null, null, null, BigDecimal.ZERO,
                T0, "rep1", T1, "rep1", version);
    }

    @Test
    void aClientInserted_isCreated_andADetailOwnerOrArchiveChange_isChanged() {
        assertThat(events(null, client("A", "rep1", false, null, 1))).containsExactly(WebhookEvent.CLIENT_CREATED);
        assertThat(events(client("A", "rep1", false, null, 1), client("B", "rep1", false, null, 2)))
                .containsExactly(WebhookEvent.CLIENT_CHANGED);
        assertThat(events(client("A", "rep1", false, null, 1), client("A", "rep2", false, null, 2)))
                .containsExactly(WebhookEvent.CLIENT_CHANGED);
        assertThat(events(client("A", "rep1", false, null, 1), client("A", "rep1", true, null, 2)))
                .containsExactly(WebhookEvent.CLIENT_CHANGED);
    }

    @Test
    void aClientRewrittenOnlyBecauseAnInteractionWasLogged_isNoEvent() {
        assertThat(events(client("A", "rep1", false, null, 1), client("A", "rep1", false, T1, 2))).isEmpty();
    }

    @Test
    void aDealMovedToAnotherStage_isStageChanged_andHandedOver_isLeadAssigned() {
        assertThat(events(deal("rep1", "new", 1), deal("rep1", "proposal", 2))).containsExactly(WebhookEvent.DEAL_STAGE_CHANGED);
        assertThat(events(deal("rep1", "new", 1), deal("rep2", "new", 2))).containsExactly(WebhookEvent.LEAD_ASSIGNED);
        assertThat(events(deal("rep1", "new", 1), deal("rep1", "new", 2))).isEmpty();
        assertThat(events(null, deal("rep1", "new", 1))).isEmpty();
        EventOccurrence moved = WebhookEvents.of(new Change("acme", "s", deal("rep1", "new", 1), deal("rep1", "won", 2))).getFirst();
        assertThat(moved.data()).containsEntry("fromStageId", "new");
    }

    @Test
    void anOrderBecomingSubmitted_isOrderSubmitted_once() {
        assertThat(events(order(OrderStatus.DRAFT, 1), order(OrderStatus.SUBMITTED, 2))).containsExactly(WebhookEvent.ORDER_SUBMITTED);
        assertThat(events(null, order(OrderStatus.SUBMITTED, 1))).containsExactly(WebhookEvent.ORDER_SUBMITTED);
        assertThat(events(order(OrderStatus.SUBMITTED, 2), order(OrderStatus.SUBMITTED, 3))).isEmpty();
        assertThat(events(order(OrderStatus.SUBMITTED, 2), order(OrderStatus.CONFIRMED, 3))).isEmpty();
        assertThat(events(null, order(OrderStatus.DRAFT, 1))).isEmpty();
    }

    @Test
    void anInsertedInteractionOrPayment_isLoggedOrRecorded() {
        Interaction interaction = new Interaction("I1", "C1", "Client", InteractionType.CALL, T0, null, null, "talked",
                null, null, null, null, null, null, "rep1", T0, 1);
        Payment payment = new Payment("P1", "C1", "INV1", "O1", "RUB", new BigDecimal("100.50"), LocalDate.of(2026, 11, 23),
                "bank", T0, "rep1", 1, null, null);

        assertThat(events(null, interaction)).containsExactly(WebhookEvent.INTERACTION_LOGGED);
        assertThat(events(null, payment)).containsExactly(WebhookEvent.PAYMENT_RECORDED);
        assertThat(events(interaction, null)).isEmpty();
    }

    @Test
    void thePayload_namesTheEvent_carriesTheRecord_andNoTenant() throws Exception {
        Payment payment = new Payment("P1", "C1", "INV1", "O1", "RUB", new BigDecimal("100.50"), LocalDate.of(2026, 11, 23),
                "bank", T0, "rep1", 1, null, null);
        EventOccurrence occurrence = WebhookEvents.of(new Change("acme-secret-tenant", "s", null, payment)).getFirst();

        String payload = WebhookEvents.payload("E1", occurrence);
        JsonNode json = new ObjectMapper().readTree(payload);

        assertThat(json.get("id").asText()).isEqualTo("E1");
        assertThat(json.get("type").asText()).isEqualTo("PAYMENT_RECORDED");
        assertThat(json.get("occurredAt").asText()).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(json.at("/data/payment/amount").asText()).isEqualTo("100.50");
        assertThat(payload).doesNotContain("acme-secret-tenant");
        assertThat(WebhookEvents.payload("E1", occurrence)).isEqualTo(payload);
    }

    @Test
    void ids_areTheSameForTheSameStreamEvent_andDifferPerSubscription() {
        String event = WebhookIds.event("stream-9", WebhookEvent.CLIENT_CREATED, T0);
        assertThat(WebhookIds.event("stream-9", WebhookEvent.CLIENT_CREATED, T0)).isEqualTo(event);
        assertThat(WebhookIds.event("stream-10", WebhookEvent.CLIENT_CREATED, T0)).isNotEqualTo(event);
        assertThat(WebhookIds.delivery(event, "S1", T0)).isEqualTo(WebhookIds.delivery(event, "S1", T0))
                .isNotEqualTo(WebhookIds.delivery(event, "S2", T0));
        // Deliveries of a later event sort after (the log reads newest first by the key alone).
        assertThat(WebhookIds.delivery(WebhookIds.event("a", WebhookEvent.CLIENT_CREATED, T1), "S1", T1))
                .isGreaterThan(WebhookIds.delivery(event, "S1", T0));
    }
}
