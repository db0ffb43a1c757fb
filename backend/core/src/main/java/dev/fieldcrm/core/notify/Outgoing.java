package dev.fieldcrm.core.notify;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One message to one address, before rendering.
 *
 * @param tenantId the tenant on whose behalf it is sent
 * @param id       deterministic per occurrence and channel (e.g. {@code digest#anna#2026-11-24#EMAIL}): a message with
 *                 the same id is sent at most once, however often it is handed to the {@link Postman}
 * @param channel  email, SMS or push
 * @param address  email address, E.164 phone number, or push endpoint
 * @param template the template's name (e.g. {@code digest}); rendered in {@code locale}
 * @param locale   ru or en
 * @param model    what the template shows; plain values, lists and maps only, so it can be stored for a retry
 * @param headers  extra email headers (e.g. {@code List-Unsubscribe}); empty for SMS and push
 */
public record Outgoing(String tenantId, String id, Channel channel, String address, String template, Locale locale,
                       Map<String, Object> model, Map<String, String> headers) {
    public Outgoing {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(template, "template");
        locale = locale == null ? Locale.ENGLISH : locale;
        model = model == null ? Map.of() : model;
        headers = headers == null ? Map.of() : headers;
    }
}
