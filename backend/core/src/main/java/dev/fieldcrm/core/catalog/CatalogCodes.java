package dev.fieldcrm.core.catalog;

import dev.fieldcrm.core.shared.ValidationFailed;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Codes that key catalog items: trimmed and upper-cased, so "ab-1 " and "AB-1" are the same product, and restricted
 * to characters that are safe inside a key (never {@code #}, the key separator). Skus and price list ids are ASCII
 * ({@code [A-Z0-9._-]{1,40}}); conditions package codes may use any letters, because clients name their package in
 * free text on the card ("Партнёр" → "ПАРТНЁР").
 */
public final class CatalogCodes {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9._-]{1,40}");
    private static final Pattern PACKAGE_CODE = Pattern.compile("[\\p{L}\\p{N}._-]{1,40}");

    private CatalogCodes() {
    }

    /** The normalised code, or a 422 naming {@code field}. */
    public static String normalise(String field, String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw ValidationFailed.of(field, "must be 1 to 40 characters of A-Z, 0-9, '.', '_' or '-'");
        }
        return code;
    }

    /** The normalised code, or null when the raw value cannot be one (a client's free-text package name). */
    public static String normaliseOrNull(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? code : null;
    }

    /** The normalised conditions package code, or a 422 naming {@code field}. */
    public static String packageCode(String field, String raw) {
        String code = packageCodeOrNull(raw);
        if (code == null) {
            throw ValidationFailed.of(field, "must be 1 to 40 letters, digits, '.', '_' or '-'");
        }
        return code;
    }

    /** The normalised conditions package code, or null when the raw value cannot be one. */
    public static String packageCodeOrNull(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        return PACKAGE_CODE.matcher(code).matches() ? code : null;
    }
}
