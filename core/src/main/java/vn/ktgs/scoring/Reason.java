package vn.ktgs.scoring;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.ktgs.common.Messages;

/**
 * Giải trình: one line of a scorecard's explanation, as a message key and its values (text, numbers, or
 * {@link vn.ktgs.common.Labelled} values such as levels), readable in both languages.
 */
public record Reason(String key, Map<String, Object> args) {

    public Reason {
        Objects.requireNonNull(key, "key");
        args = Map.copyOf(args);
    }

    /**
     * A reason with named values, kept as they are and shown when the reason is read: {@link Labelled} values in
     * the reader's language, numbers as a person writes them.
     */
    static Reason of(String key, Object... namesAndValues) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, Object>[] entries = new Map.Entry[namesAndValues.length / 2];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = Map.entry((String) namesAndValues[2 * i], namesAndValues[2 * i + 1]);
        }
        return new Reason(key, Map.ofEntries(entries));
    }

    public String text(Locale locale) {
        return Messages.format(key, locale, args);
    }
}
