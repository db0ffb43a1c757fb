package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.informing.LinkKeys;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class FillTimeTokensTest {
    private static final FillTimeTokens TOKENS = new FillTimeTokens(LinkKeys.of("the-current-secret-of-the-server", 1, ""));
    private static final Instant LOADED = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void theIssuedToken_isInTime_afterTheMinimumFill() {
        String token = TOKENS.issue("form-1", LOADED);
        assertThat(TOKENS.check(token, "form-1", Duration.ofSeconds(3), LOADED.plusSeconds(10)))
                .isEqualTo(FillTimeTokens.Verdict.IN_TIME);
        assertThat(TOKENS.check(token, "form-2", Duration.ofSeconds(3), LOADED.plusSeconds(10)))
                .isEqualTo(FillTimeTokens.Verdict.INVALID);
    }

    @Test
    void anotherSpellingOfTheSameBytes_isInvalid_soAHarvestedTokenCannotBeReusedUnderNewNames() {
        String token = TOKENS.issue("form-1", LOADED);
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        String stem = token.substring(0, token.length() - 1);
        int variants = 0;
        for (char last : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray()) {
            String variant = stem + last;
            if (!variant.equals(token) && Arrays.equals(Base64.getUrlDecoder().decode(variant), bytes)) {
                variants++;
                assertThat(TOKENS.check(variant, "form-1", Duration.ofSeconds(3), LOADED.plusSeconds(10)))
                        .as(variant).isEqualTo(FillTimeTokens.Verdict.INVALID);
            }
        }
        // 25 bytes in 34 characters leave 4 spare bits: 15 other spellings of the very same bytes.
        assertThat(variants).isEqualTo(15);
    }
}
