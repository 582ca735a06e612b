package vn.ktgs.scoring;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/**
 * Giải trình: one line of a scorecard's explanation, as a message key and its values (text, or labelled values
 * such as levels), readable in both languages.
 */
public record Reason(String key, Map<String, Object> args) {

    public Reason {
        Objects.requireNonNull(key, "key");
        args = Map.copyOf(new TreeMap<>(args));
    }

    /** A reason with named values; {@link Labelled} values are kept and shown in the reader's language. */
    static Reason of(String key, Object... namesAndValues) {
        Map<String, Object> args = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            args.put((String) namesAndValues[i], value instanceof Labelled ? value : String.valueOf(value));
        }
        return new Reason(key, args);
    }

    public String text(Locale locale) {
        return Messages.format(key, locale, args);
    }
}
