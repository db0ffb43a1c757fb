package dev.fieldcrm.core.normalize;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The email and phone normalisers inbound matching relies on (issue 6, "property-based tests on normalisers"): any
 * text — odd unicode, control characters, oversized — gives a normal form or nothing, never an exception; a normal
 * form is a fixed point; spellings that must be one address or number meet in one normal form.
 */
class NormalisersPropertiesTest {
    private static final Phones RU = new Phones("RU");

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("+-() 0123456789@.aZ\u00a0\u200b\u0000\t").ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> emails() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789_+-").ofMinLength(1).ofMaxLength(20);
        return Combinators.combine(part, part, Arbitraries.of("com", "ru", "example")).as((local, host, tld) -> local + "@" + host + "." + tld);
    }

    @Property
    void anyText_givesANormalEmailOrNothing_andANormalEmailIsAFixedPoint(@ForAll("anyText") String text) {
        Optional<String> normal = Emails.normalise(text);
        normal.ifPresent(email -> {
            assertThat(email).isEqualTo(email.strip().toLowerCase(Locale.ROOT)).hasSizeLessThanOrEqualTo(254);
            assertThat(Emails.normalise(email)).contains(email);
        });
    }

    @Property
    void anEmailInAnyCaseWithSurroundingSpace_isTheSameAddress_andKeepsDotsAndPlusTags(@ForAll("emails") String email,
                                                                                     @ForAll boolean upper) {
        String typed = "  " + (upper ? email.toUpperCase(Locale.ROOT) : email) + "\t";
        assertThat(Emails.normalise(typed)).isEqualTo(Emails.normalise(email)).contains(email);
    }

    @Property
    void anyText_givesAnE164NumberOrNothing_andAnE164NumberIsAFixedPoint(@ForAll("anyText") String text) {
        Optional<String> normal = RU.toE164(text);
        normal.ifPresent(number -> {
            assertThat(number).matches("\\+[1-9][0-9]{6,14}");
            assertThat(RU.toE164(number)).contains(number);
            assertThat(new Phones("DE").toE164(number)).as("an international number does not depend on the region")
                    .contains(number);
        });
    }

    @Property
    void aLocalMobileNumber_inTheUsualSpellings_isOneE164Number(@ForAll("sevenDigits") String digits) {
        String expected = "+7912" + digits;
        String grouped = digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
        assertThat(RU.toE164("8 (912) " + grouped)).contains(expected);
        assertThat(RU.toE164("+7 912 " + grouped)).contains(expected);
        assertThat(RU.toE164(" 8912" + digits + " ")).contains(expected);
    }

    @Provide
    Arbitrary<String> sevenDigits() {
        return Arbitraries.strings().numeric().ofLength(7);
    }
}
