package dev.fieldcrm.core.notify;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the text, a cut SMS fits its segments and is the original's beginning plus an ellipsis. */
class SmsSegmentsPropertiesTest {

    @Provide
    Arbitrary<String> smsTexts() {
        Arbitrary<String> latin = Arbitraries.strings().withChars("abcdefghij ABC.,!?0123456789€[").ofMaxLength(400);
        Arbitrary<String> cyrillic = Arbitraries.strings().withChars("абвгдеёжзийклмн ОПРСТ.,!").ofMaxLength(300);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(200);
        return Arbitraries.oneOf(latin, cyrillic, anything);
    }

    @Property
    void aCutText_fitsAndStartsLikeTheOriginal(@ForAll("smsTexts") String text, @ForAll @IntRange(min = 1, max = 3) int segments) {
        String cut = SmsSegments.fit(text, segments);

        assertThat(SmsSegments.of(cut).segments()).isLessThanOrEqualTo(segments);
        if (!cut.equals(text)) {
            String ellipsis = cut.endsWith("…") ? "…" : "...";
            assertThat(cut).endsWith(ellipsis);
            String kept = cut.substring(0, cut.length() - ellipsis.length());
            assertThat(text).startsWith(kept);
            assertThat(kept.isEmpty() || !Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isTrue();
        }
    }

    @Property
    void aGsm7Text_staysGsm7WhenCut(@ForAll("smsTexts") String text) {
        if (!SmsSegments.of(text).ucs2()) {
            assertThat(SmsSegments.of(SmsSegments.fit(text, 1)).ucs2()).isFalse();
        }
    }
}
