package dev.fieldcrm.core.notify;

/**
 * How many SMS segments a text takes, and how to cut a text down to a number of segments.
 *
 * <p>A text made only of GSM 03.38 characters is sent in GSM-7: 160 septets in one segment, 153 per segment once it
 * needs several (the rest carries the concatenation header); characters of the extension table ({@code €}, {@code [}
 * …) take two septets. Any other character (Cyrillic, emoji, {@code …}) makes the whole text UCS-2: 70 UTF-16 units
 * in one segment, 67 per segment when concatenated. So one Cyrillic letter halves what fits: a Russian SMS is UCS-2.
 *
 * @param ucs2     whether the text must be sent in UCS-2
 * @param units    septets (GSM-7) or UTF-16 code units (UCS-2)
 * @param segments how many segments it takes (0 for an empty text)
 */
public record SmsSegments(boolean ucs2, int units, int segments) {
    /** Every SMS FieldCRM sends fits in this many segments: templates are cut to it, mailings refused beyond it. */
    public static final int MAX_SEGMENTS = 2;
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    /** Whether the text fits in {@link #MAX_SEGMENTS}. */
    public boolean fits() {
        return segments <= MAX_SEGMENTS;
    }

    /** The segments {@code text} takes. */
    public static SmsSegments of(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return new SmsSegments(true, text.length(), segments(text.length(), 70, 67));
            }
        }
        return new SmsSegments(false, septets, segments(septets, 160, 153));
    }

    private static int segments(int units, int single, int perPart) {
        if (units == 0) {
            return 0;
        }
        return units <= single ? 1 : (units + perPart - 1) / perPart;
    }

    /**
     * {@code text} if it fits in {@code maxSegments}, else its longest prefix of whole words followed by an ellipsis
     * that does ({@code ...} for a GSM-7 text, so the cut does not turn it into UCS-2; {@code …} for a UCS-2 text).
     * A single word longer than the limit is cut inside, never between the halves of a surrogate pair.
     */
    public static String fit(String text, int maxSegments) {
        if (of(text).segments() <= maxSegments) {
            return text;
        }
        String ellipsis = of(text).ucs2() ? "…" : "...";
        int end = text.length();
        while (end > 0) {
            int space = lastSpaceBefore(text, end);
            end = space > 0 ? space : end - 1;
            if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            String candidate = text.substring(0, end).stripTrailing() + ellipsis;
            if (of(candidate).segments() <= maxSegments) {
                return candidate;
            }
            // without a space left, the first word itself is cut one character at a time
        }
        return ellipsis;
    }

    private static int lastSpaceBefore(String text, int end) {
        for (int i = end - 1; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
