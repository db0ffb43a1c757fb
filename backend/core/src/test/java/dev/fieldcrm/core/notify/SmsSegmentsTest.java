package dev.fieldcrm.core.notify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {

    @Test
    void latinText_isGsm7With160CharactersInOneSegment() {
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(false, 160, 1));
        assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(new SmsSegments(false, 161, 2));
        assertThat(SmsSegments.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void extensionCharacters_takeTwoSeptets() {
        assertThat(SmsSegments.of("€[]")).isEqualTo(new SmsSegments(false, 6, 1));
        assertThat(SmsSegments.of("€".repeat(80)).segments()).isEqualTo(1);
        assertThat(SmsSegments.of("€".repeat(81)).segments()).isEqualTo(2);
    }

    @Test
    void cyrillicText_isUcs2With70CharactersInOneSegmentAnd67InEachOfSeveral() {
        assertThat(SmsSegments.of("ж".repeat(70))).isEqualTo(new SmsSegments(true, 70, 1));
        assertThat(SmsSegments.of("ж".repeat(71)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("ж".repeat(134)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("ж".repeat(135)).segments()).isEqualTo(3);
    }

    @Test
    void oneNonGsmCharacter_makesTheWholeTextUcs2() {
        assertThat(SmsSegments.of("a".repeat(100) + "ё")).isEqualTo(new SmsSegments(true, 101, 2));
        assertThat(SmsSegments.of("Hi 😀")).isEqualTo(new SmsSegments(true, 5, 1));
    }

    @Test
    void aTextThatFits_isLeftAlone() {
        assertThat(SmsSegments.fit("Встреча завтра в 10:00", 2)).isEqualTo("Встреча завтра в 10:00");
        assertThat(SmsSegments.of("").segments()).isZero();
    }

    @Test
    void aLongCyrillicText_isCutAtAWordWithAnEllipsisWithinTheSegments() {
        String text = "Напоминание: встреча с клиентом " + "ООО Очень Длинное Название Компании ".repeat(10);
        String cut = SmsSegments.fit(text, 2);
        assertThat(SmsSegments.of(cut).segments()).isEqualTo(2);
        assertThat(cut).endsWith("…");
        String kept = cut.substring(0, cut.length() - 1);
        assertThat(text).startsWith(kept);
        assertThat(Character.isWhitespace(text.charAt(kept.length()))).isTrue();
    }

    @Test
    void aLongLatinText_isCutWithThreeDots_soItStaysGsm7() {
        String text = "Reminder: meeting with ACME Trading Company ".repeat(10);
        String cut = SmsSegments.fit(text, 1);
        assertThat(cut).endsWith("...");
        assertThat(SmsSegments.of(cut)).satisfies(s -> {
            assertThat(s.ucs2()).isFalse();
            assertThat(s.segments()).isEqualTo(1);
        });
    }

    @Test
    void aSingleWordLongerThanTheLimit_isCutInside_neverBetweenSurrogates() {
        String cut = SmsSegments.fit("😀".repeat(100), 1);
        assertThat(SmsSegments.of(cut).segments()).isEqualTo(1);
        assertThat(cut).endsWith("…");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }
}
