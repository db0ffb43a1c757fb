package dev.fieldcrm.core.shared;

/** Which page of a list to return; the limit is clamped to 1..200 (50 when absent). */
public record PageRequest(int limit, String cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, String cursor) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw ValidationFailed.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor == null || cursor.isBlank() ? null : cursor);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
