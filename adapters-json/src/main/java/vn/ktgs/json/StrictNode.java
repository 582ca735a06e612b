package vn.ktgs.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Texts;
import vn.ktgs.common.Violation;

/**
 * A JSON node read strictly: every wrong type, missing key and unknown key is collected as a violation named by
 * its JSON path ({@code criteria[2].rule.bands[0].from}), so that a reader reports all problems at once.
 */
final class StrictNode {

    private final @Nullable JsonNode node;
    private final String path;
    private final List<Violation> violations;

    private StrictNode(@Nullable JsonNode node, String path, List<Violation> violations) {
        this.node = node;
        this.path = path;
        this.violations = violations;
    }

    static StrictNode root(JsonNode node, List<Violation> violations) {
        return new StrictNode(node, "", violations);
    }

    /** A node read at {@code path} (for an element of a document read in a stream). */
    static StrictNode at(@Nullable JsonNode node, String path, List<Violation> violations) {
        return new StrictNode(node, path, violations);
    }

    /** The text of an optional key: {@code null} when absent or null. */
    @Nullable String optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    /** Whether the node itself is present and not null. */
    boolean present() {
        return node != null && !node.isNull();
    }

    String path() {
        return path;
    }

    private String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Checks that this is an object holding only {@code allowed} keys. */
    boolean object(Set<String> allowed) {
        if (node == null || !node.isObject()) {
            violations.add(Violation.of(path, "ktgs.json.expected", "type", JsonType.OBJECT));
            return false;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                violations.add(Violation.of(at(key), "ktgs.data.unknownKey", "key", key));
            }
        }
        return true;
    }

    boolean has(String key) {
        return node != null && node.has(key) && !node.get(key).isNull();
    }

    /** Whether {@code key} holds an object (rather than a string, a number or nothing). */
    boolean holdsObject(String key) {
        JsonNode c = node == null ? null : node.get(key);
        return c != null && c.isObject();
    }

    StrictNode child(String key) {
        JsonNode c = node == null ? null : node.get(key);
        if (c == null || c.isNull()) {
            violations.add(Violation.of(at(key), "ktgs.data.missingKey"));
        }
        return new StrictNode(c, at(key), violations);
    }

    @Nullable String text(String key) {
        JsonNode c = required(key);
        if (c == null) {
            return null;
        }
        if (!c.isTextual()) {
            violations.add(Violation.of(at(key), "ktgs.json.expected", "type", JsonType.STRING));
            return null;
        }
        String s = c.textValue();
        if (!Texts.isValid(s)) {
            violations.add(Violation.of(at(key), "ktgs.text.invalid"));
            return null;
        }
        return Texts.nfc(s);
    }

    @Nullable BigDecimal number(String key) {
        JsonNode c = required(key);
        if (c == null) {
            return null;
        }
        if (!c.isNumber()) {
            violations.add(Violation.of(at(key), "ktgs.json.expected", "type", JsonType.NUMBER));
            return null;
        }
        return c.decimalValue();
    }

    @Nullable BigDecimal optionalNumber(String key) {
        return has(key) ? number(key) : null;
    }

    @Nullable Integer integer(String key) {
        JsonNode c = required(key);
        if (c == null) {
            return null;
        }
        if (!c.canConvertToInt() || !c.isIntegralNumber()) {
            violations.add(Violation.of(at(key), "ktgs.json.expected", "type", JsonType.INTEGER));
            return null;
        }
        return c.intValue();
    }

    @Nullable Boolean bool(String key) {
        JsonNode c = required(key);
        if (c == null) {
            return null;
        }
        if (!c.isBoolean()) {
            violations.add(Violation.of(at(key), "ktgs.json.expected", "type", JsonType.BOOLEAN));
            return null;
        }
        return c.booleanValue();
    }

    @Nullable LocalDate date(String key) {
        String s = text(key);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(at(key), "ktgs.data.notADate", "value", s));
            return null;
        }
    }

    @Nullable LocalDate optionalDate(String key) {
        return has(key) ? date(key) : null;
    }

    <E extends Enum<E>> @Nullable E enumValue(String key, Class<E> type) {
        String s = text(key);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            violations.add(Violation.of(at(key), "ktgs.json.unknownValue", "value", s, "allowed", allowed));
            return null;
        }
    }

    /** The elements of an array; empty (with a violation) when it is missing or not an array. */
    List<StrictNode> array(String key) {
        JsonNode c = required(key);
        if (c == null) {
            return List.of();
        }
        if (!c.isArray()) {
            violations.add(Violation.of(at(key), "ktgs.json.expected", "type", JsonType.ARRAY));
            return List.of();
        }
        List<StrictNode> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            out.add(new StrictNode(c.get(i), at(key) + "[" + i + "]", violations));
        }
        return out;
    }

    /** Reads this node as a string (for arrays of strings). */
    @Nullable String asText() {
        if (node == null || !node.isTextual()) {
            violations.add(Violation.of(path, "ktgs.json.expected", "type", JsonType.STRING));
            return null;
        }
        return Texts.nfc(node.textValue());
    }

    /** The keys of this object, in the file's order (empty when it is not an object). */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /** Whether this node is a JSON string. */
    boolean isText() {
        return node != null && node.isTextual();
    }

    void violation(String key, String rule, Object... args) {
        violations.add(Violation.of(key.isEmpty() ? path : at(key), rule, args));
    }

    private @Nullable JsonNode required(String key) {
        JsonNode c = node == null ? null : node.get(key);
        if (c == null || c.isNull()) {
            violations.add(Violation.of(at(key), "ktgs.data.missingKey"));
            return null;
        }
        return c;
    }
}
