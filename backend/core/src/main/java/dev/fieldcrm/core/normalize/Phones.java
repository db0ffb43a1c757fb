package dev.fieldcrm.core.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/**
 * Phone numbers in E.164, parsed by libphonenumber. "8 (912) 345-67-89", "+7 912 345 67 89" and
 * "79123456789" are one number; a number written without a country code is read in the tenant's region.
 */
public final class Phones {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 region for numbers written without a country code, e.g. {@code RU} */
    public Phones(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** Whether libphonenumber knows the ISO 3166 alpha-2 region (e.g. RU, DE), so it can be a default region. */
    public static boolean isRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region);
    }

    /** The E.164 form of a valid number, or empty if the text is not a valid phone number. */
    public Optional<String> toE164(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(text, defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
