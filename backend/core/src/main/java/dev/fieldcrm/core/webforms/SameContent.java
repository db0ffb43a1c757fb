package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.leads.LeadFields;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of what a person sent, insensitive to what a double click or a retyped resubmit changes: case and
 * spacing, email case, phone punctuation, the order of custom fields. Two submissions of a form with the same
 * fingerprint within minutes are one (the replay guard {@code FORM#<id>#SAME#<fingerprint>}).
 */
final class SameContent {
    private SameContent() {
    }

    static String hash(LeadFields f) {
        Map<String, String> parts = new TreeMap<>();
        put(parts, "name", f.name());
        put(parts, "company", f.company());
        put(parts, "email", f.email());
        put(parts, "phone", f.phone() == null ? null : f.phone().replaceAll("[^0-9+]", ""));
        put(parts, "country", f.country());
        put(parts, "region", f.region());
        put(parts, "city", f.city());
        put(parts, "message", f.message());
        f.custom().forEach((k, v) -> put(parts, "custom." + k, v));
        f.consents().forEach((k, v) -> put(parts, "consent." + k, v.toString()));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            parts.forEach((k, v) -> {
                sha.update(k.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(v.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static void put(Map<String, String> parts, String name, String value) {
        if (value != null) {
            parts.put(name, value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        }
    }
}
