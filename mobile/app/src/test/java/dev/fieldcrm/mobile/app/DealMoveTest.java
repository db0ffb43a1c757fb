package dev.fieldcrm.mobile.app;

import static dev.fieldcrm.mobile.app.support.PhoneHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.support.PhoneTest;
import dev.fieldcrm.mobile.app.support.ScreenText;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The Deal screen: a stage move works offline and reaches the server once; a stage's required fields are asked for
 * in place and checked before anything is queued; a move on a deal someone else moved meanwhile waits under
 * "Needs attention".
 */
class DealMoveTest extends PhoneTest {

    private void openDealOnline(FxRobot robot, String dealId) {
        phone.signIn(robot, "anna");
        robot.clickOn("#open-T1");
        // The card names the stage ("New", not the id "new") once it re-read the stages fetched on opening.
        waitUntil(() -> !phone.app.syncStatus().syncingProperty().get()
                && robot.lookup("#deal-" + dealId).tryQuery().isPresent()
                && robot.lookup("#deal-" + dealId).queryAs(Button.class).getText().contains(" · New"));
    }

    private Button badge(FxRobot robot) {
        return robot.lookup("#pending-badge").queryAs(Button.class);
    }

    @Test
    void aDealMovedOffline_showsPending_andTheServerGetsTheMoveOnceWhenOnline(FxRobot robot) {
        phone.api.pipelineDeal("D1", "C1", "Espresso machines for 3 shops", "new", "420000.00");
        openDealOnline(robot, "D1");
        phone.api.goOffline();

        robot.clickOn("#deal-D1");
        robot.clickOn("#stage-negotiation");
        robot.clickOn("#move");

        waitUntil(() -> badge(robot).isVisible() && !phone.app.syncStatus().syncingProperty().get());
        assertThat(badge(robot).getText()).isEqualTo("1 pending");
        assertThat(robot.lookup("#deal-D1").queryAs(Button.class).getText())
                .isEqualTo("Espresso machines for 3 shops · Negotiation · 420,000.00 RUB (1 pending)");
        assertThat(phone.api.dealMoves()).isEmpty();

        phone.api.goOnline();
        phone.clock.advance(Duration.ofHours(1));
        robot.clickOn("#pending-badge");
        waitUntil(() -> !badge(robot).isVisible() && !phone.app.syncStatus().syncingProperty().get());

        assertThat(phone.api.dealMoves()).containsExactly("D1→negotiation");
        assertThat(phone.api.storedDeal("D1").get("version").asLong()).isEqualTo(2);
        assertThat(phone.app.data().outbox().size()).isZero();
    }

    @Test
    void theCardAndTheDealScreen_showTheAmountAsMoney_asTheNewOrderScreenDoes(FxRobot robot) {
        phone.api.pipelineDeal("D3", "C1", "Espresso machines for 3 shops", "new", "420000.00");
        openDealOnline(robot, "D3");
        assertThat(robot.lookup("#deal-D3").queryAs(Button.class).getText())
                .isEqualTo("Espresso machines for 3 shops · New · 420,000.00 RUB");

        robot.clickOn("#deal-D3");
        waitUntil(() -> ScreenText.of().contains("Amount: "));

        assertThat(ScreenText.of()).contains("Amount: 420,000.00 RUB").doesNotContain("420000.00");
    }

    @Test
    void aRequiredFieldLeftEmpty_isShownUnderItsInput_andNothingIsQueued_untilItIsFilledIn(FxRobot robot) {
        phone.api.pipelineDeal("D2", "C1", "Grinders", "new", null);
        openDealOnline(robot, "D2");

        robot.clickOn("#deal-D2");
        robot.clickOn("#stage-proposal");
        robot.clickOn("#field-amount").write("150000");
        robot.clickOn("#move");

        Label error = robot.lookup("#error-proposalLink").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Fill this in to move the deal");
        assertThat(robot.lookup("#error-amount").queryAs(Label.class).isVisible()).isFalse();
        assertThat(phone.app.data().outbox().size()).as("nothing queued").isZero();

        robot.clickOn("#field-proposalLink").write("https://example.com/grinders-offer");
        robot.clickOn("#move");
        waitUntil(() -> phone.api.dealMoves().contains("D2→proposal")
                && !phone.app.syncStatus().syncingProperty().get());

        assertThat(phone.api.storedDeal("D2").path("amount").path("amount").decimalValue())
                .isEqualByComparingTo("150000");
        assertThat(phone.api.storedDeal("D2").get("proposalLink").asText())
                .isEqualTo("https://example.com/grinders-offer");
        assertThat(phone.api.storedDeal("D2").get("stageId").asText()).isEqualTo("proposal");
        assertThat(phone.app.data().outbox().size()).isZero();
    }

    @Test
    void losingADealSomeoneMovedMeanwhile_needsAttention_andTheServersDealIsUntouched(FxRobot robot) {
        phone.api.pipelineDeal("D1", "C1", "Espresso machines for 3 shops", "new", "420000.00");
        openDealOnline(robot, "D1");
        phone.api.moveDealOnServer("D1", "negotiation");

        robot.clickOn("#deal-D1");
        robot.clickOn("#stage-lost");
        @SuppressWarnings("unchecked")
        ChoiceBox<String> reasons = robot.lookup("#reason").queryAs(ChoiceBox.class);
        assertThat(reasons.getItems()).containsExactly("Price", "Chose a competitor");
        robot.interact(() -> reasons.setValue("Price"));
        robot.clickOn("#move");

        waitUntil(() -> !phone.app.syncStatus().syncingProperty().get()
                && phone.app.syncStatus().conflictsProperty().get() == 1);
        var conflict = phone.app.data().conflicts().all().get(0);
        assertThat(conflict.problem().status()).isEqualTo(412);
        assertThat(conflict.theirVersion()).isEqualTo(2L);
        assertThat(conflict.mine().get("reason").asText()).isEqualTo("Price");
        assertThat(phone.api.dealMoves()).isEmpty();
        assertThat(phone.api.storedDeal("D1").get("stageId").asText()).isEqualTo("negotiation");
        robot.clickOn("#tab-attention");
        waitUntil(() -> robot.lookup("#conflict-" + conflict.id()).tryQuery().isPresent());
    }
}
