package dev.fieldcrm.api.webforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.webforms.CaptchaProvider;
import dev.fieldcrm.core.webforms.CaptchaVerdict;
import dev.fieldcrm.core.webforms.CaptchaVerifier;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asks Turnstile's or reCAPTCHA's {@code siteverify} endpoint (form-encoded {@code secret}, {@code response},
 * {@code remoteip}; JSON {@code {"success": bool, "error-codes": [...]}}), both fixed by configuration — never a URL
 * from a tenant, so no SSRF check is needed. A visitor waits for the call, so the same short deadline bounds the
 * connect and the wait for the answer's headers (the JDK client's request timeout); the tiny body is read after.
 * Anything but a readable 2xx answer is {@link CaptchaVerdict#UNAVAILABLE}, as is the providers' own
 * {@code internal-error}; {@code success: false} otherwise is {@link CaptchaVerdict#FAILED}.
 */
final class HttpCaptchaVerifier implements CaptchaVerifier {
    private static final Logger LOG = Logger.getLogger(HttpCaptchaVerifier.class);
    /** A siteverify answer is a few hundred bytes; more is not read. */
    private static final int MAX_ANSWER_BYTES = 8 * 1024;

    private final Map<CaptchaProvider, URI> endpoints;
    private final Map<CaptchaProvider, String> widgetScripts;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json;

    /** @param widgetScripts the providers' widget scripts where they are not the providers' own */
    HttpCaptchaVerifier(URI turnstileUrl, URI recaptchaUrl, Map<CaptchaProvider, String> widgetScripts, Duration timeout,
                        ObjectMapper json) {
        this.widgetScripts = Map.copyOf(widgetScripts);
        this.json = json;
        this.endpoints = Map.of(CaptchaProvider.TURNSTILE, turnstileUrl, CaptchaProvider.RECAPTCHA, recaptchaUrl);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String widgetScript(CaptchaProvider provider) {
        return widgetScripts.getOrDefault(provider, provider.widgetScript);
    }

    @Override
    public CaptchaVerdict verify(CaptchaProvider provider, String secret, String responseToken, String remoteIp) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("secret", secret);
        form.put("response", responseToken);
        if (remoteIp != null) {
            form.put("remoteip", remoteIp);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoints.get(provider)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    LOG.warnf("%s siteverify answered HTTP %d", provider, response.statusCode());
                    return CaptchaVerdict.UNAVAILABLE;
                }
                return verdict(provider, json.readTree(body.readNBytes(MAX_ANSWER_BYTES)));
            }
        } catch (IOException e) {
            LOG.warnf("%s siteverify could not be asked: %s", provider, e.toString());
            return CaptchaVerdict.UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CaptchaVerdict.UNAVAILABLE;
        }
    }

    private static CaptchaVerdict verdict(CaptchaProvider provider, JsonNode answer) {
        JsonNode success = answer == null ? null : answer.get("success");
        if (success == null || !success.isBoolean()) {
            LOG.warnf("%s siteverify answered without a 'success' flag", provider);
            return CaptchaVerdict.UNAVAILABLE;
        }
        if (success.booleanValue()) {
            return CaptchaVerdict.PASSED;
        }
        JsonNode codes = answer.path("error-codes");
        for (JsonNode code : codes) {
            if ("internal-error".equals(code.asText())) {
                return CaptchaVerdict.UNAVAILABLE;
            }
        }
        return CaptchaVerdict.FAILED;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
