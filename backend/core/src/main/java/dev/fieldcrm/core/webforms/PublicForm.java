package dev.fieldcrm.core.webforms;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What the snippet needs to render a form (the public {@code GET /api/v1/forms/{formKey}}); names nothing internal.
 * Absent parts are written as {@code null}, as the contract has them.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PublicForm(String formKey, String name, List<Field> fields, List<Consent> consents, String honeypot,
                         String token, String submitLabel, String thankYouMessage, String redirectUrl, Captcha captcha) {

    public record Field(String name, String label, FormFieldType type, boolean required, int maxLength) {
    }

    public record Consent(String name, String label, boolean required) {
    }

    /**
     * The widget to render: the provider, its public site key and the script to load it from (null when the form has
     * no CAPTCHA).
     */
    public record Captcha(CaptchaProvider provider, String siteKey, String scriptUrl) {
    }

    static PublicForm of(WebForm form, String token, java.util.function.Function<CaptchaProvider, String> widgetScripts) {
        return new PublicForm(form.publicKey(), form.name(),
                form.fields().stream().map(f -> new Field(f.name(), f.label(), f.type(), f.required(), f.effectiveMaxLength())).toList(),
                form.consents().stream().map(c -> new Consent(c.name(), c.label(), c.required())).toList(),
                form.honeypot(), token, form.submitLabel(), form.thankYouMessage(), form.redirectUrl(),
                form.captcha() == null ? null : new Captcha(form.captcha().provider(), form.captcha().siteKey(),
                        widgetScripts.apply(form.captcha().provider())));
    }
}
