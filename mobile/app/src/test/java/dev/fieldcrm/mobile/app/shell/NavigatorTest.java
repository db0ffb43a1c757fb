package dev.fieldcrm.mobile.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

class NavigatorTest {
    /** A screen that only has a name and counts how often it was shown. */
    static final class Named implements Screen {
        final String name;
        int shown;

        Named(String name) {
            this.name = name;
        }

        @Override
        public ObservableValue<String> title() {
            return new SimpleStringProperty(name);
        }

        @Override
        public Node view() {
            return null;
        }

        @Override
        public void onShow() {
            shown++;
        }
    }

    private final Named today = new Named("today");
    private final Named clients = new Named("clients");
    private final Navigator navigator = new Navigator().root(Tab.TODAY, () -> today).root(Tab.CLIENTS, () -> clients);

    @Test
    void eachTabKeepsItsOwnBackStack() {
        navigator.select(Tab.TODAY);
        Named card = new Named("card");
        navigator.push(card);
        navigator.select(Tab.CLIENTS);
        assertThat(navigator.current()).isSameAs(clients);
        assertThat(navigator.canGoBack().get()).isFalse();

        navigator.select(Tab.TODAY);
        assertThat(navigator.current()).as("Today comes back where the rep left it").isSameAs(card);
        assertThat(navigator.canGoBack().get()).isTrue();
        assertThat(navigator.back()).isTrue();
        assertThat(navigator.current()).isSameAs(today);
    }

    @Test
    void backAtATabRoot_doesNothing() {
        navigator.select(Tab.TODAY);
        assertThat(navigator.back()).isFalse();
        assertThat(navigator.current()).isSameAs(today);
    }

    @Test
    void aScreenIsToldEachTimeItComesToTheFront() {
        navigator.select(Tab.TODAY);
        navigator.push(new Named("card"));
        navigator.back();
        assertThat(today.shown).isEqualTo(2);
    }

    @Test
    void resetForgetsTheStacks_soTheNextUserStartsFresh() {
        navigator.select(Tab.TODAY);
        navigator.push(new Named("card"));
        navigator.reset();
        assertThat(navigator.current()).isNull();
        navigator.select(Tab.TODAY);
        assertThat(navigator.current()).isSameAs(today);
    }
}
