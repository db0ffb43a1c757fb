package dev.fieldcrm.core.webhooks;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {
    private static final byte[] BODY = "{\"id\":\"e1\",\"type\":\"CLIENT_CREATED\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignature_isHmacSha256OfTimestampDotBody_inHex() {
        // Computed independently with: printf '1700000000.{"id":"e1","type":"CLIENT_CREATED"}' \
        //   | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY))
                .isEqualTo("v1=38d88e807d06bb99c4df7a9981383af0980d6e97f89948b1c4cfb9613fc8e6cd");
    }

    @Test
    void aReceiverVerifies_andRefusesAnotherBodyTimestampOrSecret() {
        String header = WebhookSignature.sign("whsec_a", 1_700_000_000L, BODY);

        assertThat(WebhookSignature.verify("whsec_a", 1_700_000_000L, BODY, header)).isTrue();
        assertThat(WebhookSignature.verify("whsec_a", 1_700_000_001L, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify("whsec_b", 1_700_000_000L, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify("whsec_a", 1_700_000_000L, "{}".getBytes(StandardCharsets.UTF_8), header)).isFalse();
    }

    @Test
    void newSecrets_areLongAndDistinct() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            secrets.add(WebhookSignature.newSecret());
        }
        assertThat(secrets).hasSize(100).allSatisfy(s -> assertThat(s).startsWith("whsec_").hasSizeGreaterThan(40));
    }

    @Test
    void backoff_growsByThree_withJitter_andIsCapped() {
        DeliveryPolicy noJitter = new DeliveryPolicy(8, 50, Duration.ofMinutes(1), Duration.ofHours(12),
                Duration.ofMinutes(2), fixed(0.5));

        assertThat(noJitter.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(noJitter.delayAfter(2)).isEqualTo(Duration.ofMinutes(3));
        assertThat(noJitter.delayAfter(4)).isEqualTo(Duration.ofMinutes(27));
        assertThat(noJitter.delayAfter(7)).isEqualTo(Duration.ofHours(12));
        assertThat(noJitter.delayAfter(20)).isEqualTo(Duration.ofHours(12));
        DeliveryPolicy lowest = new DeliveryPolicy(8, 50, Duration.ofMinutes(1), Duration.ofHours(12),
                Duration.ofMinutes(2), fixed(0.0));
        assertThat(lowest.delayAfter(2)).isEqualTo(Duration.ofSeconds(144));
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
