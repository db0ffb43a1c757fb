package dev.fieldcrm.core.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The delivery-time SSRF check: resolves a host and returns its addresses only if <em>every</em> one may be reached
 * (a name with one public and one private address is refused: the connection could pick either). The HTTP client
 * then connects to exactly these addresses, so a DNS answer that changes between check and connect (rebinding)
 * cannot slip a private address in.
 */
public final class SafeTargets {
    private final Resolver resolver;
    private final AddressGuard guard;

    public SafeTargets(Resolver resolver, AddressGuard guard) {
        this.resolver = resolver;
        this.guard = guard;
    }

    /** @throws TargetRefused when the host does not resolve or any of its addresses is forbidden */
    public List<InetAddress> vetted(String host) {
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new TargetRefused("host " + host + " does not resolve");
        }
        if (addresses.isEmpty()) {
            throw new TargetRefused("host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = guard.refusal(address);
            if (refusal.isPresent()) {
                throw new TargetRefused("host " + host + " resolves to a forbidden " + refusal.get());
            }
        }
        return List.copyOf(addresses);
    }
}
