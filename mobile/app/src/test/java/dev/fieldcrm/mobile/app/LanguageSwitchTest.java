package dev.fieldcrm.mobile.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.support.PhoneTest;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Switching to Russian relabels every screen in place and keeps what the rep was typing. */
class LanguageSwitchTest extends PhoneTest {

    @Test
    void switchingToRussian_relabelsTheApp_andKeepsAHalfWrittenLog(FxRobot robot) {
        phone.signIn(robot, "anna");
        robot.clickOn("#log-T2");
        robot.clickOn("#summary").write("Spoke to the owner");

        robot.clickOn("#tab-settings");
        robot.clickOn("#language-ru");
        assertThat(robot.lookup("#tab-today").queryAs(Labeled.class).getText()).isEqualTo("Сегодня");
        assertThat(robot.lookup("#screen-title").queryAs(Labeled.class).getText()).isEqualTo("Настройки");

        robot.clickOn("#tab-today");
        assertThat(robot.lookup("#screen-title").queryAs(Labeled.class).getText()).isEqualTo("Записать контакт");
        assertThat(robot.lookup("#summary").queryAs(TextArea.class).getText()).isEqualTo("Spoke to the owner");
        assertThat(robot.lookup("#save").queryAs(Button.class).getText()).isEqualTo("Сохранить");
        assertThat(robot.lookup("#type-call").queryAs(Labeled.class).getText()).isEqualTo("Звонок");

        robot.clickOn("#back");
        assertThat(robot.lookup("#plan-route").queryAs(Button.class).getText()).isEqualTo("Построить маршрут");
    }
}
