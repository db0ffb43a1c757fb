package dev.fieldcrm.core.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may never reach (SSRF): loopback, private, link-local (with the cloud metadata
 * endpoint 169.254.169.254 and fd00:ec2::254), CGNAT, unspecified, multicast, reserved and benchmark ranges — also
 * when an IPv6 address embeds one of them (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d},
 * NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}).
 *
 * <p>Only {@link #allowingLoopbackForTests()} lets loopback through, for a test receiver on 127.0.0.1; nothing else
 * can be exempted, and production wiring uses {@link #strict()}.
 */
public final class AddressGuard {
    private static final List<Range> BLOCKED_V4 = List.of(
            Range.of("0.0.0.0", 8, "unspecified (this network)"),
            Range.of("10.0.0.0", 8, "private"),
            Range.of("100.64.0.0", 10, "carrier-grade NAT"),
            Range.of("127.0.0.0", 8, "loopback"),
            Range.of("169.254.0.0", 16, "link-local (cloud metadata)"),
            Range.of("172.16.0.0", 12, "private"),
            Range.of("192.0.0.0", 24, "IETF protocol assignments"),
            Range.of("192.0.2.0", 24, "documentation"),
            Range.of("192.88.99.0", 24, "6to4 relay anycast"),
            Range.of("192.168.0.0", 16, "private"),
            Range.of("198.18.0.0", 15, "benchmarking"),
            Range.of("198.51.100.0", 24, "documentation"),
            Range.of("203.0.113.0", 24, "documentation"),
            Range.of("224.0.0.0", 4, "multicast"),
            Range.of("240.0.0.0", 4, "reserved / broadcast"));
    private static final List<Range> BLOCKED_V6 = List.of(
            Range.of("::", 128, "unspecified"),
            Range.of("::1", 128, "loopback"),
            Range.of("100::", 64, "discard-only"),
            Range.of("2001:db8::", 32, "documentation"),
            Range.of("fc00::", 7, "unique local (private)"),
            Range.of("fe80::", 10, "link-local"),
            Range.of("fec0::", 10, "site-local"),
            Range.of("ff00::", 8, "multicast"));

    private final boolean allowLoopback;

    private AddressGuard(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    public static AddressGuard strict() {
        return new AddressGuard(false);
    }

    /** For tests with a receiver on loopback only; never wired in a deployed function. */
    public static AddressGuard allowingLoopbackForTests() {
        return new AddressGuard(true);
    }

    /** Why the address may not be reached, or empty if it may. */
    public Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return refusalV4(bytes);
        }
        if (address instanceof Inet6Address) {
            Optional<byte[]> embedded = embeddedV4(bytes);
            if (embedded.isPresent()) {
                return refusalV4(embedded.get()).map(reason -> reason + " (embedded in IPv6 " + address.getHostAddress() + ")");
            }
            for (Range range : BLOCKED_V6) {
                if (range.contains(bytes)) {
                    return loopbackAllowed(range) ? Optional.empty() : Optional.of(range.reason() + " address " + address.getHostAddress());
                }
            }
            return Optional.empty();
        }
        return Optional.of("unknown address family");
    }

    private Optional<String> refusalV4(byte[] bytes) {
        for (Range range : BLOCKED_V4) {
            if (range.contains(bytes)) {
                return loopbackAllowed(range) ? Optional.empty()
                        : Optional.of(range.reason() + " address " + (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "."
                        + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff));
            }
        }
        return Optional.empty();
    }

    private boolean loopbackAllowed(Range range) {
        return allowLoopback && range.reason().equals("loopback");
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
    private static Optional<byte[]> embeddedV4(byte[] v6) {
        boolean firstTenZero = allZero(v6, 0, 10);
        if (firstTenZero && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16));                        // ::ffff:a.b.c.d
        }
        boolean loopback = allZero(v6, 0, 15) && v6[15] == 1;
        if (firstTenZero && v6[10] == 0 && v6[11] == 0 && !loopback) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16));                        // ::a.b.c.d, :: (not ::1)
        }
        if ((v6[0] & 0xff) == 0x00 && (v6[1] & 0xff) == 0x64 && (v6[2] & 0xff) == 0xff && (v6[3] & 0xff) == 0x9b
                && allZero(v6, 4, 12)) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16));                        // 64:ff9b::a.b.c.d
        }
        if ((v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x02) {
            return Optional.of(Arrays.copyOfRange(v6, 2, 6));                          // 2002:AABB:CCDD::
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private record Range(byte[] network, int prefix, String reason) {
        static Range of(String literal, int prefix, String reason) {
            try {
                // Literals only: getByName does not look anything up for them.
                byte[] network = InetAddress.getByName(literal).getAddress();
                if (literal.contains(":") && network.length == 4) {
                    throw new IllegalArgumentException("IPv6 range parsed as IPv4: " + literal);
                }
                return new Range(network, prefix, reason);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(literal, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
