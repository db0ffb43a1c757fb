package dev.fieldcrm.core.informing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTextTest {
    @Test
    void knownPlaceholders_areFilled_asPlainText() {
        assertThat(MessageText.fill("Hello {contact.name} of {client.name}!", "Anna $1 \\", "{client.name}"))
                .isEqualTo("Hello Anna $1 \\ of {client.name}!");
    }

    @Test
    void unknownPlaceholders_orTemplateCode_areRefused() {
        assertThat(MessageText.check("body", "Hi {contact.name}")).isEmpty();
        assertThat(MessageText.check("body", "Hi {contact.email}")).isPresent();
        assertThat(MessageText.check("body", "{#for x in y}{/for}")).isPresent();
        assertThat(MessageText.check("body", "{{contact.name}}")).isPresent();
        assertThat(MessageText.check("body", "a } b")).isPresent();
        assertThat(MessageText.check("body", "50% off")).isEmpty();
    }
}
