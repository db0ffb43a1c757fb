package dev.fieldcrm.core.webforms;

import java.util.List;

/** What the snippet needs to render a form (the public {@code GET /api/v1/forms/{formKey}}); names nothing internal. */
public record PublicForm(String formKey, String name, List<Field> fields, List<Consent> consents, String honeypot,
                         String token, String submitLabel, String thankYouMessage, String redirectUrl) {

    public record Field(String name, String label, FormFieldType type, boolean required, int maxLength) {
    }

    public record Consent(String name, String label, boolean required) {
    }

    static PublicForm of(WebForm form, String token) {
        return new PublicForm(form.publicKey(), form.name(),
                form.fields().stream().map(f -> new Field(f.name(), f.label(), f.type(), f.required(), f.effectiveMaxLength())).toList(),
                form.consents().stream().map(c -> new Consent(c.name(), c.label(), c.required())).toList(),
                form.honeypot(), token, form.submitLabel(), form.thankYouMessage(), form.redirectUrl());
    }
}
