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
    void aTokenForAShortTenant_fitsASmsLink_itsMacHas80Bits() {
        String token = SIGNER.sign(LINK, ADDRESS);
        // 1 key id + 1 purpose/channel + 4 issued-at + 16 + 16 ULIDs + 1 + 4 tenant "acme" + 10 MAC = 53 bytes.
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(53);
        assertThat(token).hasSize(71);
    }

    @Test
    void aTokenIssuedBeforeLinksWereShortened_with128BitMac_stillVerifies_andOnlyForItsAddress() throws Exception {
        byte[] shortToken = Base64.getUrlDecoder().decode(SIGNER.sign(LINK, ADDRESS));
        byte[] body = java.util.Arrays.copyOf(shortToken, shortToken.length - 10);
        javax.crypto.Mac hmac = javax.crypto.Mac.getInstance("HmacSHA256");
        hmac.init(new javax.crypto.spec.SecretKeySpec("the-current-secret-of-the-server".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        hmac.update("fieldcrm-link-v1\0".getBytes(StandardCharsets.US_ASCII));
        hmac.update(body);
        hmac.update((byte) 0);
        hmac.update(ADDRESS.getBytes(StandardCharsets.UTF_8));
        byte[] legacy = java.util.Arrays.copyOf(body, body.length + 16);
        System.arraycopy(hmac.doFinal(), 0, legacy, body.length, 16);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(legacy);

        LinkSigner.Opened opened = SIGNER.open(token).orElseThrow();
        assertThat(opened.claims()).isEqualTo(LINK);
        assertThat(opened.signedFor(ADDRESS)).isTrue();
        assertThat(opened.signedFor("other@example.com")).isFalse();
        legacy[legacy.length - 1] ^= 1;
        assertThat(SIGNER.open(Base64.getUrlEncoder().withoutPadding().encodeToString(legacy)).orElseThrow()
                .signedFor(ADDRESS)).isFalse();
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
    void everyOtherSpellingOfTheLastCharacter_isRefused_thoughItsSpareBitsDecodeToTheSameBytes() {
        String token = SIGNER.sign(LINK, ADDRESS);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String stem = token.substring(0, token.length() - 1);
        int sameBytes = 0;
        for (char last : alphabet.toCharArray()) {
            String variant = stem + last;
            if (variant.equals(token)) {
                continue;
            }
            if (java.util.Arrays.equals(Base64.getUrlDecoder().decode(variant), Base64.getUrlDecoder().decode(token))) {
                sameBytes++;
            }
            assertThat(SIGNER.open(variant).filter(opened -> opened.signedFor(ADDRESS))).as("last character %s", last)
                    .isEmpty();
        }
        // 53 bytes in 71 characters leave 2 spare bits: three other spellings decode to the very same token bytes.
        assertThat(sameBytes).isEqualTo(3);
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
        assertThat(source).contains("MessageDigest.isEqual(mac, mac(secret, body, address, mac.length))")
                .doesNotContain("Arrays.equals(mac");
    }
}
