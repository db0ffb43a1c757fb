package dev.fieldcrm.core.webforms;

/**
 * Submissions allowed per fixed calendar minute (UTC): per client address and form, and per form overall
 * (only admitted ones count towards the form's limit).
 * A fixed window is simple and costs one counter item per form and minute; its known weakness (up to twice the
 * limit across a minute boundary) is acceptable for spam defence.
 */
public record RateLimits(int perAddressPerMinute, int perFormPerMinute) {
    public RateLimits {
        if (perAddressPerMinute < 1 || perFormPerMinute < perAddressPerMinute) {
            throw new IllegalArgumentException("rate limits must be positive, the form's at least the address's");
        }
    }
}
