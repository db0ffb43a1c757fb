package dev.fieldcrm.core.webhooks;

import dev.fieldcrm.core.shared.ValidationFailed;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The URL rules of a subscription, checked when it is written: an absolute {@code https} URL without user info or
 * fragment, on port 443 or one of the explicitly allowed ports, whose host is a name or a canonical public IP
 * literal. Numeric hosts in other notations ({@code 2130706433}, {@code 127.1}, {@code 0x7f.0.0.1},
 * {@code 0177.0.0.1}) are refused outright: resolvers read them differently, and Java reads some as loopback.
 * Names are checked again at every delivery, after resolution ({@link SafeTargets}).
 */
public final class WebhookTargets {
    private static final Pattern CANONICAL_V4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** Hosts made of digits, dots and hex markers only: IP literals in some notation, never a DNS name we accept. */
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]*))*\\.?");
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");

    private final AddressGuard guard;
    private final Set<Integer> allowedPorts;

    /** @param allowedPorts ports besides 443 that subscriptions may name (configuration; usually none) */
    public WebhookTargets(AddressGuard guard, Set<Integer> allowedPorts) {
        this.guard = guard;
        this.allowedPorts = Set.copyOf(allowedPorts);
    }

    public static WebhookTargets strict() {
        return new WebhookTargets(AddressGuard.strict(), Set.of());
    }

    /** The URL as it will be called; {@link ValidationFailed} on field {@code url} naming the broken rule. */
    public URI check(String raw) {
        URI url;
        try {
            url = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw refused("is not a valid URL");
        }
        if (!url.isAbsolute() || url.isOpaque()) {
            throw refused("must be an absolute https URL");
        }
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            throw refused("must use https");
        }
        if (url.getRawUserInfo() != null || (url.getRawAuthority() != null && url.getRawAuthority().contains("@"))) {
            throw refused("must not contain user info");
        }
        if (url.getRawFragment() != null) {
            throw refused("must not contain a fragment");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw refused("must name a host");
        }
        int port = url.getPort();
        if (port != -1 && port != 443 && !allowedPorts.contains(port)) {
            throw refused("must use port 443" + (allowedPorts.isEmpty() ? "" : " or one of " + allowedPorts));
        }
        checkHost(host.toLowerCase(Locale.ROOT));
        return url;
    }

    private void checkHost(String host) {
        if (host.startsWith("[")) {
            literal(host.substring(1, host.length() - 1));
            return;
        }
        if (CANONICAL_V4.matcher(host).matches()) {
            literal(host);
            return;
        }
        if (NUMERIC_LOOKING.matcher(host).matches()) {
            throw refused("host must be a DNS name or a public IPv4 address in dotted decimal");
        }
        if (!HOST_NAME.matcher(host).matches()) {
            throw refused("host is not a valid DNS name");
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || host.equals("localhost.")) {
            throw refused("must not point at this machine");
        }
    }

    private void literal(String address) {
        Optional<String> refusal;
        try {
            refusal = guard.refusal(InetAddress.getByName(address));  // a literal: no lookup
        } catch (UnknownHostException e) {
            throw refused("host is not a valid IP address");
        }
        refusal.ifPresent(reason -> {
            throw refused("must not point at a " + reason);
        });
    }

    private static ValidationFailed refused(String message) {
        return ValidationFailed.of("url", message);
    }
}
