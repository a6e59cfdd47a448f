package org.solidarityatlas.ui.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/**
 * The words the window shows, from the bundles {@code messages.properties} (English) and
 * {@code messages_es.properties} (Spanish), formatted with {@link MessageFormat} in the current language.
 * One language is shown at a time in the whole process, as with {@link Locale#getDefault()}, so the language is
 * one property here rather than a collaborator passed to every view: View ▸ Language sets it, and every text bound
 * through {@link #bind} or {@link #binding} follows at once.
 */
public final class Texts {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    /** The languages the window is written in, in the order View ▸ Language lists them. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, SPANISH);
    static final String BUNDLE = "org.solidarityatlas.ui.messages";

    private static final ObjectProperty<Locale> LOCALE = new SimpleObjectProperty<>(supported(Locale.getDefault()));

    private Texts() {
    }

    /** The language shown; set it to switch the window's words live. */
    public static ObjectProperty<Locale> localeProperty() {
        return LOCALE;
    }

    /**
     * Chooses the language (the command line's {@code --lang}). With a window open, call it on the JavaFX thread:
     * the texts bound to the language change where it is set.
     */
    public static void choose(Locale locale) {
        LOCALE.set(supported(locale));
    }

    public static Locale locale() {

        return LOCALE.get();
    }

    /** The language's tag as datasets key their translations: "en", "es". */
    public static String language() {
        return locale().getLanguage();
    }

    /** Spanish for any Spanish locale (es-MX, es-US …), English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("es") ? SPANISH : ENGLISH;
    }

    /** The language for a tag given on the command line ("en", "es"), or empty when it is not one of ours. */
    public static java.util.Optional<Locale> ofTag(String tag) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equalsIgnoreCase(tag == null ? "" : tag.trim()))
                .findFirst();
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale));
    }

    /** The text for {@code key} in the current language, its {@code {0}} … filled with {@code args}. */
    public static String get(String key, Object... args) {
        return format(locale(), key, args);
    }

    public static String format(Locale locale, String key, Object... args) {
        return new MessageFormat(bundle(locale).getString(key), supported(locale)).format(args);
    }

    /** What the validator says (a file's problem, a field's), in the current language. */
    public static String said(org.solidarityatlas.format.ProblemText text) {
        return text.in(locale());
    }

    /** The text unformatted, for patterns of other formatters (dates). */
    static String raw(String key) {
        return bundle(locale()).getString(key);
    }

    /** The text that follows the language. */
    public static StringBinding binding(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), LOCALE);
    }

    /** Recomputed when the language or any of {@code dependencies} changes. */
    public static StringBinding binding(java.util.concurrent.Callable<String> text, ObservableValue<?>... dependencies) {
        ObservableValue<?>[] all = new ObservableValue<?>[dependencies.length + 1];
        all[0] = LOCALE;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(text, (javafx.beans.Observable[]) all);
    }

    /** Binds the control's text to {@code key}; returns it, for use where it is made. */
    public static <T extends Labeled> T bind(T labeled, String key, Object... args) {
        labeled.textProperty().bind(binding(key, args));
        return labeled;
    }

    public static <T extends MenuItem> T bind(T item, String key, Object... args) {
        item.textProperty().bind(binding(key, args));
        return item;
    }

    /** A tooltip whose text follows the language. */
    public static Tooltip tooltip(String key, Object... args) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(binding(key, args));
        return tooltip;
    }

    /**
     * Runs {@code refresh} whenever the language changes (a view model re-saying its current text). The language
     * holds the listener weakly, so a closed window's models can go: keep the returned listener in a field.
     */
    public static InvalidationListener onChange(Runnable refresh) {
        InvalidationListener listener = obs -> refresh.run();
        LOCALE.addListener(new WeakInvalidationListener(listener));
        return listener;
    }
}
