package dev.fieldcrm.core.shared;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class Base64UrlTest {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Property
    void whatWeEncode_decodesToTheSameBytes(@ForAll @Size(max = 80) byte[] bytes) {
        assertThat(Base64Url.decodeCanonical(Base64Url.encode(bytes))).hasValue(bytes);
    }

    @Property
    void aSpellingTheJdkDecodesToTheSameBytes_isRefused(@ForAll @Size(min = 1, max = 80) byte[] bytes) {
        String text = Base64Url.encode(bytes);
        String stem = text.substring(0, text.length() - 1);
        for (char last : ALPHABET.toCharArray()) {
            String variant = stem + last;
            boolean jdkSameBytes = !variant.equals(text) && decodesTo(variant, bytes);
            if (jdkSameBytes) {
                assertThat(Base64Url.decodeCanonical(variant)).as(variant).isEmpty();
            }
        }
    }

    private static boolean decodesTo(String text, byte[] bytes) {
        try {
            return java.util.Arrays.equals(Base64.getUrlDecoder().decode(text), bytes);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
