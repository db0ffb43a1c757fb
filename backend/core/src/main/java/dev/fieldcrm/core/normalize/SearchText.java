package dev.fieldcrm.core.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names for prefix search: case, diacritics, quotes and repeated spaces do not matter, so
 * "ООО «Ёлка»", "ооо елка" and "Elka" style spellings are found by what a rep types on a phone.
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** Legal forms that people write before (or after) a company name but never search by. */
    private static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of(
            "ооо", "оао", "зао", "пао", "ао", "ип", "нко", "тоо", "чп", "ooo", "llc", "ltd", "inc", "gmbh", "plc", "sa", "ag");

    /**
     * The key a company name is sorted and searched by: folded, without a leading or trailing legal form, so
     * "ООО «Ёлка»" is found by typing "елк".
     */
    public static String nameKey(String name) {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(fold(name).split(" ")));
        while (words.size() > 1 && LEGAL_FORMS.contains(words.getFirst())) {
            words.removeFirst();
        }
        while (words.size() > 1 && LEGAL_FORMS.contains(words.getLast())) {
            words.removeLast();
        }
        return String.join(" ", words);
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        // Russian ё decomposes to е + diaeresis above, so it folds to е with the marks.
        return NOT_WORD.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
