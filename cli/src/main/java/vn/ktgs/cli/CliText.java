package vn.ktgs.cli;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The tool's texts in the reader's language: {@code vn/ktgs/cli/Cli.properties} (Vietnamese, the default) and
 * {@code Cli_en.properties}, one bundle for picocli's usage help and the tool's own lines ({@code msg.*}). Loaded
 * without falling back to the machine's locale, so an English JVM still prints Vietnamese by default.
 */
final class CliText {

    static final String BUNDLE = "vn.ktgs.cli.Cli";

    private static final Map<KtgsCli.Lang, ResourceBundle> BUNDLES = new EnumMap<>(KtgsCli.Lang.class);

    private CliText() {
    }

    static synchronized ResourceBundle bundle(KtgsCli.Lang lang) {
        return BUNDLES.computeIfAbsent(lang, l -> ResourceBundle.getBundle(BUNDLE,
                l == KtgsCli.Lang.en ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The tool's language for a locale: English for {@code en}, else Vietnamese. */
    static KtgsCli.Lang of(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? KtgsCli.Lang.en : KtgsCli.Lang.vi;
    }

    /** The line {@code msg.key} with its {@code %s} arguments, in {@code lang}. */
    static String text(KtgsCli.Lang lang, String key, Object... args) {
        return String.format(Locale.ROOT, bundle(lang).getString("msg." + key), args);
    }

    /** The reader's name of a dataset section ({@code members} → {@code đảng viên}); the key itself if none. */
    static String section(KtgsCli.Lang lang, String section) {
        ResourceBundle b = bundle(lang);
        return b.containsKey("section." + section) ? b.getString("section." + section) : section;
    }

    /**
     * The language the arguments ask for: {@code --lang en} or {@code --lang=en} anywhere, else Vietnamese. Used
     * where picocli could not parse the line (a usage error) but the error must still be in the reader's language.
     */
    static KtgsCli.Lang langOf(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return value.equalsIgnoreCase("en") ? KtgsCli.Lang.en : KtgsCli.Lang.vi;
            }
        }
        return KtgsCli.Lang.vi;
    }
}
