package dev.fieldcrm.core.webforms;

import java.util.Map;

/**
 * A form submission as read from the request (JSON from the snippet, or a plain HTML form post), before any check.
 *
 * @param submissionId the snippet's id of this submission (a replay sends the same one)
 * @param token        the time-trap token the form's config carried
 * @param fields       every field sent, the honeypot included, by name
 * @param consents     consent checkboxes by name
 * @param tracking     {@code utm_*}, {@code referrer}, {@code page}
 */
public record Submission(String submissionId, String token, Map<String, String> fields, Map<String, Boolean> consents,
                         Map<String, String> tracking) {
    public Submission {
        fields = fields == null ? Map.of() : fields;
        consents = consents == null ? Map.of() : consents;
        tracking = tracking == null ? Map.of() : tracking;
    }
}
