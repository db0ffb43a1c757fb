package dev.fieldcrm.core.webforms;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Web origins as browsers send them in the {@code Origin} header: {@code scheme://host[:port]}, lower case, without
 * a default port, path, query or user info. An allowed origin is compared exactly, never by suffix, so
 * {@code https://example.com} does not admit {@code https://evil-example.com} or a subdomain.
 */
public final class Origins {
    private Origins() {
    }

    /** The canonical form of an origin; empty when it is not one (a URL with a path, another scheme…). */
    public static Optional<String> canonical(String origin) {
        if (origin == null || origin.isBlank() || origin.length() > 200) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null || uri.getRawUserInfo() != null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }

    /** A plain-http origin or URL is only for a developer's own machine. */
    static boolean isLocalHttp(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return "http".equalsIgnoreCase(uri.getScheme())
                && ("localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host));
    }
}
