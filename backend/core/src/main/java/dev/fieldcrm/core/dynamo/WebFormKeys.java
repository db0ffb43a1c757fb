package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.webforms.FormKey;
import dev.fieldcrm.core.webforms.WebForm;
import dev.fieldcrm.core.webforms.WebFormTally;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Keys of web forms.
 * <ul>
 *   <li>form: {@code T#t#WEBFORMS} / {@code FORM#<id>} — the tenant's ≤ 50 forms in one partition (one Query);</li>
 *   <li>tally: {@code T#t#WEBFORMS} / {@code TALLY#<id>} — the form's counters, changed by {@code ADD};</li>
 *   <li>public key: {@code FORMKEY#<key>} / {@code FORMKEY} — <b>no tenant prefix</b>: a public request has no token,
 *       its key is what names the tenant (ADR "Public form keys"). The item holds the tenant id and a copy of the
 *       form. The key is 128 random bits, so it cannot be guessed or enumerated, and it is only ever read by
 *       GetItem;</li>
 *   <li>rate window: {@code T#t#RATE#FORM#<id>#<yyyyMMddHHmm>} / {@code RATE} — attempts in one UTC minute,
 *       in total and per client address; {@code expiresAt} (TTL) two minutes after the window.</li>
 * </ul>
 */
final class WebFormKeys {
    static final String FORM_PREFIX = "FORM#";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuuMMddHHmm").withZone(ZoneOffset.UTC);

    private WebFormKeys() {
    }

    static String forms(String tenantId) {
        return Keys.tenant(tenantId) + "WEBFORMS";
    }

    static Map<String, AttributeValue> form(String tenantId, String formId) {
        return Keys.key(forms(tenantId), FORM_PREFIX + formId);
    }

    static Map<String, AttributeValue> tally(String tenantId, String formId) {
        return Keys.key(forms(tenantId), "TALLY#" + formId);
    }

    static Map<String, AttributeValue> publicKey(String key) {
        return Keys.key("FORMKEY#" + key, "FORMKEY");
    }

    static Map<String, AttributeValue> rateWindow(String tenantId, String formId, Instant minute) {
        return Keys.key(Keys.tenant(tenantId) + "RATE#FORM#" + formId + "#" + MINUTE.format(minute), "RATE");
    }

    static Map<String, AttributeValue> of(String tenantId, WebForm form) {
        return form(tenantId, form.id());
    }

    static Map<String, AttributeValue> of(String tenantId, WebFormTally tally) {
        return tally(tenantId, tally.formId());
    }

    /** The one key without a tenant prefix; the tenant it names must be the writer's, so no tenant writes another's. */
    static Map<String, AttributeValue> of(String tenantId, FormKey key) {
        if (!tenantId.equals(key.tenantId())) {
            throw new IllegalArgumentException("a form key item names its own tenant");
        }
        return publicKey(key.key());
    }
}
