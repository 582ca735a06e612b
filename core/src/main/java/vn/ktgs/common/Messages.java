package vn.ktgs.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thông điệp: renders message keys and labels in Vietnamese (the default) or English.
 *
 * <p>Messages live in {@code ContributorValidationMessages.properties} (Vietnamese) and
 * {@code ContributorValidationMessages_en.properties}; labels in {@code vn/ktgs/Labels.properties} and
 * {@code vn/ktgs/Labels_en.properties}. All files are UTF-8. The contributor bundle name is the one
 * Hibernate Validator merges across jars, so a host's own {@code ValidationMessages.properties} neither
 * hides nor is hidden by the library's. Any locale whose language is not English gets Vietnamese.
 */
public final class Messages {

    /** The default language of every message and label. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final String MESSAGES = "/ContributorValidationMessages";
    private static final String LABELS = "/vn/ktgs/Labels";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();

    private Messages() {
    }

    /**
     * The message of {@code key} with its {@code {name}} placeholders filled from {@code args}; a {@link Labelled}
     * value is shown by its label in the same language, a {@code BigDecimal} without trailing zeros.
     */
    public static String format(String key, Locale locale, Map<String, ?> args) {
        String bare = key.startsWith("{") && key.endsWith("}") ? key.substring(1, key.length() - 1) : key;
        String template = lookup(MESSAGES, bare, locale);
        if (template == null) {
            template = bare;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            String text = value == null ? m.group()
                    : value instanceof Labelled l ? l.label(locale)
                    : value instanceof java.math.BigDecimal n ? plain(n) : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code 5}, {@code 2.5}, {@code 0.2}: a decimal as a person writes it, without trailing zeros. */
    private static String plain(java.math.BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    /** Whether a message exists for {@code key} in both languages. */
    public static boolean hasMessage(String key) {
        return bundle(MESSAGES, false).containsKey(key) && bundle(MESSAGES, true).containsKey(key);
    }

    /** The label of an enum constant: key {@code SimpleName.CONSTANT} in the labels bundle. */
    public static String label(Enum<?> value, Locale locale) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        String label = lookup(LABELS, key, locale);
        return label == null ? value.name() : label;
    }

    /** A label by key from the labels bundle, or the key itself when there is none. */
    public static String label(String key, Locale locale) {
        String label = lookup(LABELS, key, locale);
        return label == null ? key : label;
    }

    private static String lookup(String base, String key, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String value = bundle(base, english).getProperty(key);
        if (value == null && english) {
            value = bundle(base, false).getProperty(key);
        }
        return value;
    }

    private static Properties bundle(String base, boolean english) {
        String name = base + (english ? "_en" : "") + ".properties";
        return CACHE.computeIfAbsent(name, Messages::load);
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                return p;
            }
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (Reader r = new InputStreamReader(in, decoder)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return p;
    }
}
