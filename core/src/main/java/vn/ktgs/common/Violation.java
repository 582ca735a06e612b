package vn.ktgs.common;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Vi phạm quy tắc: one broken rule of one input, named by the path of the field and the key of the rule.
 *
 * <p>The message is not stored: it is rendered in the caller's language by {@link #message(Locale)} from
 * {@code ContributorValidationMessages.properties} (Vietnamese, the default) or
 * {@code ContributorValidationMessages_en.properties}. {@code args} fill the {@code {name}} placeholders
 * of the message.
 *
 * @param path the field path, for example {@code items[2].targets} (empty for the input as a whole)
 * @param rule the message key of the rule, for example {@code ktgs.plan.item.target.required}
 * @param args values named in the message: text, or {@link Labelled} values (such as enum constants) that are
 *     rendered in the reader's language
 */
public record Violation(String path, String rule, Map<String, Object> args) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        args = Map.copyOf(new TreeMap<>(args));
    }

    /** A violation whose message has no placeholders. */
    public static Violation of(String path, String rule) {
        return new Violation(path, rule, Map.of());
    }

    /**
     * A violation with named values given as alternating name/value pairs. {@link Labelled} values are kept and
     * rendered in the reader's language; any other value is kept as its text.
     */
    public static Violation of(String path, String rule, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        var args = new TreeMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            args.put((String) namesAndValues[i], value instanceof Labelled ? value : String.valueOf(value));
        }
        return new Violation(path, rule, args);
    }

    /** The same violation under a parent path ({@code items[0]} + {@code targets} = {@code items[0].targets}). */
    public Violation under(String parent) {
        if (parent.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new Violation(joined, rule, args);
    }

    /** The message in the given language; Vietnamese unless the locale's language is English. */
    public String message(Locale locale) {
        return Messages.format(rule, locale, args);
    }

    /** {@code path: message} in Vietnamese. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message(Messages.VIETNAMESE);
    }
}
