package dev.fieldcrm.core.integrations;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InboundSignatureTest {
    private static final String SECRET = "whsec_test";
    private static final byte[] BODY = "{\"eventId\":\"e1\",\"caller\":{\"name\":\"Пётр\"}}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    @Test
    void aSignatureMadeWithTheSecretAtAboutNow_verifies() {
        long t = NOW.getEpochSecond();
        assertThat(InboundSignature.verify(SECRET, InboundSignature.sign(SECRET, t, BODY), BODY, NOW)).isTrue();
        assertThat(InboundSignature.verify(SECRET, InboundSignature.sign(SECRET, t - 300, BODY), BODY, NOW)).isTrue();
        assertThat(InboundSignature.verify(SECRET, " " + InboundSignature.sign(SECRET, t + 300, BODY).replace(",", " , "), BODY, NOW)).isTrue();
    }

    @Test
    void anotherSecret_anotherBody_aStaleOrMissingTimestamp_orNoHeader_doNotVerify() {
        long t = NOW.getEpochSecond();
        assertThat(InboundSignature.verify(SECRET, InboundSignature.sign("whsec_other", t, BODY), BODY, NOW)).isFalse();
        assertThat(InboundSignature.verify(SECRET, InboundSignature.sign(SECRET, t, BODY), "{}".getBytes(StandardCharsets.UTF_8), NOW)).isFalse();
        assertThat(InboundSignature.verify(SECRET, InboundSignature.sign(SECRET, t - 301, BODY), BODY, NOW)).isFalse();
        assertThat(InboundSignature.verify(SECRET, InboundSignature.sign(SECRET, t, BODY).replaceFirst("t=\\d+,", ""), BODY, NOW)).isFalse();
        assertThat(InboundSignature.verify(SECRET, "t=x,v1=00", BODY, NOW)).isFalse();
        assertThat(InboundSignature.verify(SECRET, null, BODY, NOW)).isFalse();
    }
}
