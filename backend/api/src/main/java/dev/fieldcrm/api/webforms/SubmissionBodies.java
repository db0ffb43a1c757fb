package dev.fieldcrm.api.webforms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.webforms.FormSubmissions;
import dev.fieldcrm.core.webforms.Submission;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a submission body — the snippet's JSON or a plain HTML form's urlencoded pairs — into a {@link Submission},
 * within a size limit. Bodies are read by hand, not bound by Jackson to a class: unknown keys are ignored rather than
 * refused (pages and snippets evolve), and any value shape a bot invents is a 400, never a 500.
 */
public final class SubmissionBodies {
    /** Larger bodies are answered 413. */
    static final int MAX_BYTES = 16 * 1024;
    /** The names the Turnstile and reCAPTCHA widgets give their hidden response input in a plain HTML form. */
    static final java.util.Set<String> CAPTCHA_FIELDS = java.util.Set.of("cf-turnstile-response", "g-recaptcha-response");

    /** The body cannot be read; the message says why (safe to show). */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The body exceeds {@link #MAX_BYTES}. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super("the body is larger than " + MAX_BYTES + " bytes", null, false, false);
        }
    }

    private SubmissionBodies() {
    }

    /** A body read within {@link #MAX_BYTES}, or the problem+json answer to give instead. */
    public record Read(byte[] bytes, jakarta.ws.rs.core.Response refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    /**
     * A JSON endpoint's body (a form submission, an integration's event): the bytes, or the refusal — 413 over
     * {@link #MAX_BYTES}, 400 when it cannot be read.
     */
    public static Read readJson(InputStream in) {
        try {
            return new Read(read(in), null);
        } catch (TooLarge e) {
            return new Read(null, dev.fieldcrm.api.errors.Problem.response(413, "too-large", "The body is too large", e.getMessage()));
        } catch (IOException e) {
            return new Read(null, dev.fieldcrm.api.errors.Problem.response(400, "malformed", "The body cannot be read",
                    "the body cannot be read"));
        }
    }

    static byte[] read(InputStream in) throws TooLarge, IOException {
        byte[] body = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new TooLarge();
        }
        return body;
    }

    /** @param json the application's mapper (only its tree reading is used: unknown keys are ours to ignore) */
    static Submission json(ObjectMapper json, byte[] body) throws Unreadable {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Unreadable("the body is not valid JSON");
        } catch (IOException e) {
            throw new Unreadable("the body cannot be read");
        }
        if (root == null || !root.isObject()) {
            throw new Unreadable("the body must be a JSON object");
        }
        return new Submission(text(root, "submissionId"), text(root, "token"), texts(root, "fields"),
                flags(root.get("consents")), texts(root, "tracking"), text(root, "captcha"));
    }

    static Submission urlencoded(byte[] body) throws Unreadable {
        String decodedBody = utf8(body);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Boolean> consents = new LinkedHashMap<>();
        Map<String, String> tracking = new LinkedHashMap<>();
        String submissionId = null;
        String token = null;
        String captcha = null;
        for (String pair : decodedBody.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name.equals("submissionId")) {
                submissionId = value.isEmpty() ? null : value;
            } else if (name.equals("token")) {
                token = value;
            } else if (CAPTCHA_FIELDS.contains(name)) {
                captcha = value;
            } else if (name.startsWith("consent.")) {
                consents.put(name.substring("consent.".length()), isTicked(value));
            } else if (FormSubmissions.TRACKING.contains(name)) {
                tracking.put(name, value);
            } else {
                fields.put(name, value);
            }
        }
        return new Submission(submissionId, token, fields, consents, tracking, captcha);
    }

    private static boolean isTicked(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "1", "yes" -> true;
            default -> false;
        };
    }

    private static String text(JsonNode root, String name) throws Unreadable {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Unreadable("'" + name + "' must be a string");
        }
        return value.asText();
    }

    private static Map<String, String> texts(JsonNode root, String name) throws Unreadable {
        JsonNode object = root.get(name);
        Map<String, String> values = new LinkedHashMap<>();
        if (object == null || object.isNull()) {
            return values;
        }
        if (!object.isObject()) {
            throw new Unreadable("'" + name + "' must be an object");
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!value.isValueNode()) {
                throw new Unreadable("'" + name + "' values must be strings");
            }
            values.put(entry.getKey(), value.asText());
        }
        return values;
    }

    private static Map<String, Boolean> flags(JsonNode object) throws Unreadable {
        Map<String, Boolean> values = new LinkedHashMap<>();
        if (object == null || object.isNull()) {
            return values;
        }
        if (!object.isObject()) {
            throw new Unreadable("'consents' must be an object");
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (!entry.getValue().isBoolean()) {
                throw new Unreadable("'consents' values must be true or false");
            }
            values.put(entry.getKey(), entry.getValue().booleanValue());
        }
        return values;
    }

    private static String utf8(byte[] body) throws Unreadable {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("the body is not UTF-8");
        }
    }

    private static String decode(String encoded) throws Unreadable {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("the body is not valid form encoding");
        }
    }
}
