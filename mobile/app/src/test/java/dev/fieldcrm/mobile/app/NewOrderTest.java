package dev.fieldcrm.mobile.app;

import static dev.fieldcrm.mobile.app.support.PhoneHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.app.support.PhoneTest;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.math.BigDecimal;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** An order taken with no network from the price list the phone read earlier reaches the server once, same total. */
class NewOrderTest extends PhoneTest {

    @Test
    void anOrderTakenOffline_fromTheCachedPriceList_isSubmittedOnce_withTheTotalTheServerComputes(FxRobot robot) {
        phone.api.conditionsPackage("C1", "GOLD");
        phone.signIn(robot, "anna");
        robot.clickOn("#open-T1");
        waitUntil(() -> phone.app.data().core().reference().priceBook("C1").isPresent()
                && !phone.app.syncStatus().syncingProperty().get());
        phone.api.goOffline();

        robot.clickOn("#card-order");
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#more-BEANS-1KG");
        }
        robot.clickOn("#more-CUPS-100");
        robot.clickOn("#more-MILK-1L");
        robot.clickOn("#less-MILK-1L");

        // Beans 1234.56 × 3 − 5 % = 3518.50 + 20 % VAT 703.70; cups 349.90 − 5 % = 332.41 + 66.48 VAT.
        assertThat(robot.lookup("#order-total").queryAs(Label.class).getText()).isEqualTo("Total 4,621.09 RUB");
        robot.clickOn("#submit");

        Button badge = robot.lookup("#pending-badge").queryAs(Button.class);
        waitUntil(() -> badge.isVisible() && !phone.app.syncStatus().syncingProperty().get());
        assertThat(badge.getText()).isEqualTo("2 pending");
        var shown = phone.app.data().store().all(RecordKind.ORDER);
        assertThat(shown).singleElement().satisfies(order -> assertThat(order.pending()).isTrue());
        assertThat(phone.api.storedOrders()).isEmpty();

        phone.api.goOnline();
        phone.clock.advance(Duration.ofHours(1));
        robot.clickOn("#pending-badge");
        waitUntil(() -> !badge.isVisible() && !phone.app.syncStatus().syncingProperty().get());

        assertThat(phone.api.storedOrders()).singleElement().satisfies(order -> {
            assertThat(order.get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(new BigDecimal(order.get("gross").asText())).isEqualTo(new BigDecimal("4621.09"));
            assertThat(order.get("lines")).hasSize(2);
        });
        ObjectNode stored = phone.api.storedOrders().get(0);
        assertThat(phone.api.requests()).filteredOn(r -> r.startsWith("PUT /api/v1/clients/C1/orders/")).hasSize(1);
        var local = phone.app.data().store().get(RecordKind.ORDER, stored.get("id").asText()).orElseThrow();
        assertThat(local.pending()).isFalse();
        assertThat(local.data().get("gross").asText()).isEqualTo("4621.09");
    }
}
