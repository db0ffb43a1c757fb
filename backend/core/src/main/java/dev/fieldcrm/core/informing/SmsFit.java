package dev.fieldcrm.core.informing;

/**
 * How many SMS segments a text takes: GSM-7 (160 characters alone, 153 per part, extension characters count
 * twice) unless a character needs UCS-2 (70 alone, 67 per part; Cyrillic always does).
 */
public final class SmsFit {
    /** Mailings and survey invitations must fit in this many segments. */
    public static final int MAX_SEGMENTS = 2;
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private SmsFit() {
    }

    public static int segments(String text) {
        int septets = 0;
        boolean gsm = true;
        for (int i = 0; i < text.length() && gsm; i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                gsm = false;
            }
        }
        if (gsm) {
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = text.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }

    public static boolean fits(String text) {
        return segments(text) <= MAX_SEGMENTS;
    }
}
