package dev.fieldcrm.worker.aws;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Carries the tenant and the message id of an email from the renderer to SES, and back from SES's bounce and
 * complaint notifications ({@code mail.tags}).
 *
 * <p>The renderer puts them in two internal headers; {@link SesEmailSender} removes those headers and sends them as
 * SES message tags {@code tenant} and {@code delivery} instead. A tag value may contain only ASCII letters, digits,
 * {@code _} and {@code -}: the tenant id is sent as it is when it fits (tenant ids are slugs), else base64url like
 * the message id, which contains {@code #}.
 */
public final class SesTags {
    public static final String TENANT_HEADER = "X-FieldCRM-Tenant";
    public static final String MESSAGE_HEADER = "X-FieldCRM-Message";
    public static final String TENANT_TAG = "tenant";
    public static final String DELIVERY_TAG = "delivery";
    private static final String ENCODED = "b64-";
    private static final Pattern TAG_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private SesTags() {
    }

    /** A tag value for {@code value}: itself if allowed (and not looking encoded), else {@code b64-<base64url>}. */
    public static String encode(String value) {
        if (TAG_VALUE.matcher(value).matches() && !value.startsWith(ENCODED)) {
            return value;
        }
        return ENCODED + Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** The value {@link #encode} was given; empty for a tag value it cannot have made. */
    public static Optional<String> decode(String tag) {
        if (tag == null || tag.isEmpty()) {
            return Optional.empty();
        }
        if (!tag.startsWith(ENCODED)) {
            return Optional.of(tag);
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(tag.substring(ENCODED.length())), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
