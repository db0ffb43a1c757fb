package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.shared.Ids;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkSignerTest {
    private static final LinkSigner SIGNER = new LinkSigner(LinkKeys.of("the-current-secret-of-the-server", 2, ""));
    private static final String ADDRESS = "anna@example.com";
    private static final Link LINK = new Link(LinkPurpose.UNSUBSCRIBE, Channel.EMAIL, "acme", Ids.newId(), Ids.newId(),
            Instant.parse("2026-11-23T18:00:00Z"));

    @Test
    void aSignedToken_opensToTheSameClaims_andIsSignedForItsAddressOnly() {
        String token = SIGNER.sign(LINK, ADDRESS);

        LinkSigner.Opened opened = SIGNER.open(token).orElseThrow();
        assertThat(opened.claims()).isEqualTo(LINK);
        assertThat(opened.signedFor(ADDRESS)).isTrue();
        assertThat(opened.signedFor("other@example.com")).isFalse();
        assertThat(opened.signedFor("")).isFalse();
        assertThat(token).matches("[A-Za-z0-9_-]+").hasSize(LinkSigner.tokenLength("acme"));
    }

    @Test
    void changingAnyBitOfTheToken_isRefused() {
        byte[] token = Base64.getUrlDecoder().decode(SIGNER.sign(LINK, ADDRESS));
        for (int i = 0; i < token.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = token.clone();
                tampered[i] ^= (byte) (1 << bit);
                String text = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
                boolean accepted = SIGNER.open(text).map(o -> o.signedFor(ADDRESS)).orElse(false);
                assertThat(accepted).as("byte %d bit %d", i, bit).isFalse();
            }
        }
    }

    @Test
    void truncatedExtendedOrGarbageTokens_doNotOpen() {
        String token = SIGNER.sign(LINK, ADDRESS);
        assertThat(SIGNER.open(token.substring(0, token.length() - 1))).isEmpty();
        assertThat(SIGNER.open(token + "AA")).isEmpty();
        assertThat(SIGNER.open("")).isEmpty();
        assertThat(SIGNER.open("%%%")).isEmpty();
        assertThat(SIGNER.open(null)).isEmpty();
        assertThat(SIGNER.open("A".repeat(5000))).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecret_isNotSignedForAnything() {
        LinkSigner forger = new LinkSigner(LinkKeys.of("a-secret-the-server-does-not-have", 2, ""));
        String forged = forger.sign(LINK, ADDRESS);
        assertThat(SIGNER.open(forged).orElseThrow().signedFor(ADDRESS)).isFalse();
    }

    @Test
    void afterRotation_oldLinksStillVerify_newOnesUseTheNewKey_andADroppedKeyRefusesItsLinks() {
        String old = SIGNER.sign(LINK, ADDRESS);
        LinkSigner rotated = new LinkSigner(LinkKeys.of("the-next-secret-of-the-server", 3, "2:the-current-secret-of-the-server"));
        assertThat(rotated.open(old).orElseThrow().signedFor(ADDRESS)).isTrue();
        String fresh = rotated.sign(LINK, ADDRESS);
        assertThat(Base64.getUrlDecoder().decode(fresh)[0]).isEqualTo((byte) 3);
        LinkSigner dropped = new LinkSigner(LinkKeys.of("the-next-secret-of-the-server", 3, ""));
        assertThat(dropped.open(old)).isEmpty();
        assertThat(dropped.open(fresh).orElseThrow().signedFor(ADDRESS)).isTrue();
    }

    @Test
    void anUnsubscribeTokenIsNotASurveyToken_thePurposeIsSigned() {
        Link survey = new Link(LinkPurpose.SURVEY, Channel.EMAIL, LINK.tenantId(), LINK.clientId(), LINK.subjectId(), LINK.issuedAt());
        String token = SIGNER.sign(survey, "");
        LinkSigner.Opened opened = SIGNER.open(token).orElseThrow();
        assertThat(opened.claims().purpose()).isEqualTo(LinkPurpose.SURVEY);
        assertThat(opened.signedFor(ADDRESS)).isFalse();
    }

    @Test
    void shortSecrets_areRefusedAtStartup() {
        assertThatThrownBy(() -> LinkKeys.of("short", 1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinkKeys.of("the-current-secret-of-the-server", 300, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMacIsComparedInConstantTime() throws Exception {
        String source = Files.readString(Path.of("src/main/java/dev/fieldcrm/core/informing/LinkSigner.java"), StandardCharsets.UTF_8);
        assertThat(source).contains("MessageDigest.isEqual(mac, mac(secret, body, address))")
                .doesNotContain("Arrays.equals(mac");
    }
}
