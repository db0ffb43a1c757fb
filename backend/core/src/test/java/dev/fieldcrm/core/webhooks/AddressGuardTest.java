package dev.fieldcrm.core.webhooks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressGuardTest {
    private final AddressGuard strict = AddressGuard.strict();

    private static InetAddress literal(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.255.255.254",                       // loopback
            "10.0.0.1", "10.255.255.255",                         // 10/8
            "172.16.0.1", "172.31.255.255",                       // 172.16/12
            "192.168.0.1", "192.168.255.255",                     // 192.168/16
            "169.254.169.254", "169.254.0.1",                     // link-local, cloud metadata
            "100.64.0.1", "100.127.255.255",                      // CGNAT 100.64/10
            "0.0.0.0", "0.1.2.3",                                 // unspecified / this network
            "224.0.0.1", "239.255.255.255",                       // multicast
            "255.255.255.255", "240.0.0.1",                       // broadcast, reserved
            "198.18.0.1", "192.0.0.8",                            // benchmarking, IETF
            "::1", "::",                                          // IPv6 loopback, unspecified
            "fe80::1", "febf::1",                                 // link-local fe80::/10
            "fc00::1", "fd12:3456::1", "fd00:ec2::254",           // unique local fc00::/7 (incl. AWS IPv6 metadata)
            "ff02::1",                                            // IPv6 multicast
            "::ffff:127.0.0.1", "::ffff:169.254.169.254",         // IPv4-mapped (Java turns these into IPv4)
            "::ffff:a9fe:a9fe", "::ffff:10.0.0.1",
            "::127.0.0.1", "::10.1.2.3",                          // IPv4-compatible
            "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",              // NAT64 of loopback / metadata
            "2002:7f00:1::1", "2002:a9fe:a9fe::1"                 // 6to4 of loopback / metadata
    })
    void forbiddenAddresses_areRefused(String address) {
        assertThat(strict.refusal(literal(address))).as(address).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "169.253.255.255", "11.0.0.1", "2606:4700:4700::1111", "2a00:1450:4001:82a::200e",
            "64:ff9b::808:808", "::ffff:8.8.8.8"})
    void publicAddresses_areAllowed(String address) {
        assertThat(strict.refusal(literal(address))).as(address).isEmpty();
    }

    @Test
    void ipv4MappedIpv6Bytes_areCheckedAsTheirIpv4Address() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        InetAddress address = InetAddress.getByAddress("mapped.example", mapped);

        assertThat(strict.refusal(address)).get().asString().contains("loopback");
    }

    @Test
    void decimalAndShortIpv4Forms_parseToLoopback_andAreRefused() {
        // What a host written as "2130706433" or "127.1" becomes when the JVM parses it: 127.0.0.1.
        assertThat(literal("2130706433").getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(strict.refusal(literal("2130706433"))).isPresent();
        assertThat(strict.refusal(literal("127.1"))).isPresent();
        assertThat(strict.refusal(literal("0"))).isPresent();
    }

    @Test
    void theTestGuard_letsOnlyLoopbackThrough() {
        AddressGuard forTests = AddressGuard.allowingLoopbackForTests();

        assertThat(forTests.refusal(literal("127.0.0.1"))).isEmpty();
        assertThat(forTests.refusal(literal("::1"))).isEmpty();
        assertThat(forTests.refusal(literal("10.0.0.1"))).isPresent();
        assertThat(forTests.refusal(literal("169.254.169.254"))).isPresent();
        assertThat(forTests.refusal(literal("0.0.0.0"))).isPresent();
    }

    @Test
    void theDefaultGuard_refusesLoopback() {
        assertThat(strict.refusal(literal("127.0.0.1"))).get().asString().contains("loopback");
    }

    @Test
    void aNameResolvingToLoopback_isRefusedAtDeliveryTime() {
        SafeTargets targets = new SafeTargets(host -> List.of(literal("127.0.0.1")), strict);

        assertThatThrownBy(() -> targets.vetted("hooks.example.com"))
                .isInstanceOf(TargetRefused.class).hasMessageContaining("loopback");
    }

    @Test
    void aNameWithOnePublicAndOnePrivateAddress_isRefused() {
        SafeTargets targets = new SafeTargets(host -> List.of(literal("93.184.215.14"), literal("10.0.0.7")), strict);

        assertThatThrownBy(() -> targets.vetted("rebind.example.com")).isInstanceOf(TargetRefused.class)
                .hasMessageContaining("private");
    }

    @Test
    void aNameThatDoesNotResolve_isRefused_andAPublicOneIsVetted() {
        SafeTargets unresolvable = new SafeTargets(host -> {
            throw new UnknownHostException(host);
        }, strict);
        SafeTargets resolvable = new SafeTargets(host -> List.of(literal("93.184.215.14")), strict);

        assertThatThrownBy(() -> unresolvable.vetted("nowhere.example.com")).isInstanceOf(TargetRefused.class);
        assertThat(resolvable.vetted("hooks.example.com")).containsExactly(literal("93.184.215.14"));
    }
}
