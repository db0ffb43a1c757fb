package dev.fieldcrm.worker.webhooks;

import com.github.tomakehurst.wiremock.WireMockServer;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A real HTTPS receiver on loopback (WireMock, Jetty 12) with a certificate made for the test (keytool: names
 * {@code localhost} and {@value #NAME}, 127.0.0.1), and the TLS context that trusts exactly that certificate.
 */
final class TestReceiver {
    /** A name that only the tests' resolver knows; it resolves to 127.0.0.1. */
    static final String NAME = "hooks.fieldcrm.test";
    static final String PASSWORD = "changeit";
    private static Path keystore;

    private TestReceiver() {
    }

    /**
     * The PKCS12 file with the receiver's key and certificate, in {@code target/} so that every class loader of the
     * test JVM (a Quarkus test profile's and the test's) uses the same one; made again when older than a day.
     */
    static synchronized Path keystore() {
        if (keystore == null) {
            try {
                Path file = Path.of("target", "webhook-test-tls", "receiver.p12").toAbsolutePath();
                if (Files.exists(file) && Files.getLastModifiedTime(file).toInstant()
                        .isAfter(java.time.Instant.now().minus(java.time.Duration.ofDays(1)))) {
                    keystore = file;
                    return keystore;
                }
                Files.createDirectories(file.getParent());
                Files.deleteIfExists(file);
                Process keytool = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                        "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,dns:" + NAME + ",ip:127.0.0.1",
                        "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                        "-storepass", PASSWORD, "-keypass", PASSWORD))
                        .redirectErrorStream(true).start();
                String output = new String(keytool.getInputStream().readAllBytes());
                if (keytool.waitFor() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
                keystore = file;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return keystore;
    }

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig()
                .httpDisabled(true)
                .dynamicHttpsPort()
                .bindAddress("127.0.0.1")
                .keystorePath(keystore().toString())
                .keystoreType("PKCS12")
                .keystorePassword(PASSWORD)
                .keyManagerPassword(PASSWORD));
        server.start();
        return server;
    }

    static SSLContext trustingIt() {
        return WebhookWiring.trusting(keystore(), PASSWORD);
    }
}
