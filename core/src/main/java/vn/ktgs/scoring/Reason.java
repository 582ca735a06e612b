package vn.ktgs.scoring;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.ktgs.common.Messages;

/** Giải trình: one line of a scorecard's explanation, as a message key and its values, readable in both languages. */
public record Reason(String key, Map<String, String> args) {

    public Reason {
        Objects.requireNonNull(key, "key");
        args = Map.copyOf(new TreeMap<>(args));
    }

    static Reason of(String key, Object... namesAndValues) {
        Map<String, String> args = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return new Reason(key, args);
    }

    public String text(Locale locale) {
        return Messages.format(key, locale, args);
    }
}
