package dev.fieldcrm.mobile.app.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The UI's strings from the {@code messages} resource bundles (en, ru). Views bind their labels to
 * {@link #bind(String, Object...)}, so switching the language relabels every screen in place: no view is rebuilt
 * and nothing the rep has typed is lost.
 */
public final class Texts {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, RUSSIAN);

    private static final String BUNDLE = "dev.fieldcrm.mobile.app.i18n.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();

    public Texts(Locale initial) {
        locale.set(SUPPORTED.contains(initial) ? initial : ENGLISH);
    }

    /** The language the device asks for when we have it, English otherwise. */
    public static Texts forDevice() {
        Locale device = Locale.getDefault();
        return new Texts("ru".equals(device.getLanguage()) ? RUSSIAN : ENGLISH);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** Money as the rep reads it: grouped, two decimals, in the app's language ("3,589.85"; ru "3 589,85"). */
    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** An amount as the API writes it ({@code "420000.00"}) read as money; blank or not a number: as it came. */
    public String money(String decimal) {
        try {
            return decimal == null || decimal.isBlank() ? "" : money(new BigDecimal(decimal));
        } catch (NumberFormatException e) {
            return decimal;
        }
    }

    /** The text for {@code key} now, with {@code args} put into its {@code {0}} placeholders. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            // Looked up on each call (ResourceBundle caches): bindings recompute while the locale's own change
            // listeners have not run yet, so a bundle field updated by a listener could still be the old language.
            pattern = load(locale()).getString(key);
        } catch (MissingResourceException e) {
            // A missing string must be visible on screen (and caught by the bundle test), not crash a screen.
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** The text for {@code key} that follows language switches. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    private static ResourceBundle load(Locale locale) {
        // Root bundle is English; no fallback to the JVM's default locale (a Russian desktop must still show en).
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
