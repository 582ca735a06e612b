package vn.ktgs.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ktgs.common.Texts;

/**
 * The labels of the documents, Vietnamese (the default) and English, from {@code vn/ktgs/documents/labels.properties}
 * and {@code labels_en.properties} (UTF-8), with a host's overrides on top. {@code {name}} placeholders are filled
 * from the arguments; an unknown one stays as it is.
 */
public final class Labels {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    private static final Labels DEFAULTS = new Labels(load("labels.properties"), load("labels_en.properties"));

    private final Properties vi;
    private final Properties en;

    private Labels(Properties vi, Properties en) {
        this.vi = vi;
        this.en = en;
    }

    /** The shipped labels. */
    public static Labels defaults() {
        return DEFAULTS;
    }

    /** These labels with {@code vi} and {@code en} overriding the keys they hold; every key must be known. */
    public Labels overriddenBy(Properties viOverrides, Properties enOverrides) {
        Properties v = new Properties();
        v.putAll(vi);
        v.putAll(viOverrides);
        Properties e = new Properties();
        e.putAll(en);
        e.putAll(enOverrides);
        return new Labels(v, e);
    }

    /** Whether {@code key} is a label. */
    public boolean has(String key) {
        return vi.containsKey(key);
    }

    /** Whether {@code locale} selects English. */
    public static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** The label of {@code key} with its placeholders filled, in Unicode NFC. */
    public String text(String key, Locale locale, Map<String, String> args) {
        String template = (english(locale) ? en : vi).getProperty(key);
        if (template == null) {
            template = vi.getProperty(key);
        }
        Objects.requireNonNull(template, () -> "no label " + key);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return Texts.nfc(out.toString());
    }

    public String text(String key, Locale locale) {
        return text(key, locale, Map.of());
    }

    /** A map of names and values, for {@link #text(String, Locale, Map)}: {@code args("year", "2025")}. */
    public static Map<String, String> args(String... namesAndValues) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    /** Reads a properties file as UTF-8. */
    public static Properties read(InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
            p.load(r);
        }
        return p;
    }

    private static Properties load(String name) {
        try (InputStream in = Labels.class.getResourceAsStream("/vn/ktgs/documents/" + name)) {
            return read(Objects.requireNonNull(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
