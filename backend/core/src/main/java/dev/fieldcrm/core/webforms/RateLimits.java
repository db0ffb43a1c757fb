package dev.fieldcrm.core.webforms;

/**
 * Submissions allowed per fixed calendar minute (UTC): per client address and form, and per form overall.
 * A fixed window is simple and costs one counter item per form and minute; its known weakness (up to twice the
 * limit across a minute boundary) is acceptable for spam defence.
 */
public record RateLimits(int perAddressPerMinute, int perFormPerMinute) {
    public RateLimits {
        if (perAddressPerMinute < 1 || perFormPerMinute < perAddressPerMinute) {
            throw new IllegalArgumentException("rate limits must be positive, the form's at least the address's");
        }
    }

    /** Attempts counted per form and minute before the counter item stops growing (bounds its size under a flood). */
    public int cap() {
        return Math.max(perFormPerMinute * 4, 200);
    }
}
