package dev.fieldcrm.mobile.app.screenshots;

import static dev.fieldcrm.mobile.app.support.PhoneHarness.waitUntil;

import dev.fieldcrm.mobile.app.support.PhoneTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Not a test: writes the README's phone screenshots ({@code docs/img/mobile-*.png}, 390×844) of the real app over
 * the fake backend. Tagged so {@code verify} skips it; run {@code mobile/screenshots.sh}.
 */
@Tag("screenshots")
class PhoneScreenshots extends PhoneTest {
    private static final Path OUT = Path.of(System.getProperty("screenshots.dir", "../../docs/img"));

    @BeforeEach
    void aClientWithHistory_andATeamMonth() {
        phone.api.contact("P1", "C1", "Olga Smirnova", "Owner", "1984-12-19");
        phone.api.contact("P2", "C1", "Pavel Orlov", "Purchasing", "1990-03-02");
        phone.api.pipelineDeal("D1", "C1", "Espresso machines for 3 shops", "new", "420000.00");
        phone.api.conditionsPackage("C1", "GOLD");
        phone.api.pastInteraction("I1", "C1", "VISIT", "Presented the winter menu; owner liked the Kenya roast",
                "2026-12-01T09:30:00Z");
        phone.api.pastInteraction("I2", "C1", "CALL", "Agreed on a tasting for the staff", "2026-12-03T12:00:00Z");
        phone.api.dashboard(DashboardSample.json());
    }

    @Test
    void rep(FxRobot robot) throws IOException {
        phone.signIn(robot, "anna");
        robot.clickOn("#plan-route");
        waitUntil(() -> !robot.lookup("#route-message").queryAs(Label.class).getText().isEmpty());
        shoot(robot, "mobile-today.png");

        robot.clickOn("#open-T1");
        waitUntil(() -> robot.lookup("#deal-D1").tryQuery().isPresent()
                && robot.lookup("#deal-D1").queryAs(javafx.scene.control.Button.class).getText().contains("New"));
        shoot(robot, "mobile-client-card.png");

        robot.clickOn("#card-log");
        robot.clickOn("#summary").write("Tasting with the staff went well; they want the Kenya roast");
        robot.clickOn("#pick-in_a_week");
        robot.clickOn("#check-in");
        waitUntil(() -> !robot.lookup("#log-message").queryAs(Label.class).getText().isEmpty());
        shoot(robot, "mobile-log-interaction.png");
    }

    @Test
    void dealAndOrder(FxRobot robot) throws IOException {
        phone.signIn(robot, "anna");
        robot.clickOn("#open-T1");
        waitUntil(() -> phone.app.data().core().reference().priceBook("C1").isPresent()
                && phone.app.data().core().reference().salesSetup().isPresent());
        phone.api.goOffline();

        robot.clickOn("#deal-D1");
        robot.clickOn("#stage-proposal");
        robot.clickOn("#move");
        waitUntil(() -> robot.lookup("#error-proposalLink").queryAs(Label.class).isVisible());
        shoot(robot, "mobile-deal.png");

        robot.clickOn("#back");
        robot.clickOn("#card-order");
        for (String sku : new String[] {"BEANS-1KG", "BEANS-1KG", "CUPS-100", "MILK-1L", "MILK-1L", "MILK-1L"}) {
            robot.clickOn("#more-" + sku);
        }
        shoot(robot, "mobile-order.png");
    }

    @Test
    void manager(FxRobot robot) throws IOException {
        phone.signIn(robot, "maria");
        robot.clickOn("#tab-dashboard");
        waitUntil(() -> !robot.lookup("#offences-count").queryAs(Label.class).getText().equals("0"));
        shoot(robot, "mobile-dashboard.png");
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(phone.app.root().getScene().snapshot(null)));
        Files.createDirectories(OUT);
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", OUT.resolve(name).toFile());
    }
}
