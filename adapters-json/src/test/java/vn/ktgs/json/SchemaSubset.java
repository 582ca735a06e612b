package vn.ktgs.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema (draft 2020-12) validator for exactly the keywords {@code dataset.schema.json} uses: {@code $ref}
 * (local), {@code type}, {@code properties}, {@code required}, {@code additionalProperties: false}, {@code items},
 * {@code enum}, {@code pattern}, {@code minLength}, {@code minimum}, {@code maximum}, {@code oneOf}. Any other
 * keyword is an error, so the schema cannot silently use one this validator ignores. The annotations
 * {@code description}, {@code title}, {@code examples} and the project's own {@code x-description-vi},
 * {@code x-import-rule}, {@code x-import-rule-vi} (read by {@link DatasetReference}) assert nothing.
 */
final class SchemaSubset {

    static final Set<String> KEYWORDS = Set.of("$ref", "type", "properties", "required", "additionalProperties",
            "items", "enum", "pattern", "minLength", "minimum", "maximum", "oneOf", "description", "title", "$schema",
            "$id", "$defs", "examples", "x-description-vi", "x-import-rule", "x-import-rule-vi");

    private final JsonNode root;

    SchemaSubset(JsonNode root) {
        this.root = root;
    }

    /** Problems of {@code value}, each as {@code path: what}; empty when valid. */
    List<String> validate(JsonNode value) {
        List<String> out = new ArrayList<>();
        check(root, value, "$", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> out) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYWORDS.contains(k)) {
                throw new IllegalArgumentException("unsupported keyword " + k);
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("unsupported $ref " + ref);
            }
            check(root.get("$defs").get(ref.substring("#/$defs/".length())), value, path, out);
        }
        if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
            out.add(path + ": not a " + schema.get("type").asText());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                out.add(path + ": not one of " + schema.get("enum"));
            }
        }
        if (schema.has("pattern") && value.isTextual()
                && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            out.add(path + ": does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minLength") && value.isTextual()
                && value.asText().codePointCount(0, value.asText().length()) < schema.get("minLength").asInt()) {
            out.add(path + ": too short");
        }
        if (schema.has("minimum") && value.isNumber() && value.decimalValue().compareTo(
                schema.get("minimum").decimalValue()) < 0) {
            out.add(path + ": below the minimum");
        }
        if (schema.has("maximum") && value.isNumber() && value.decimalValue().compareTo(
                schema.get("maximum").decimalValue()) > 0) {
            out.add(path + ": above the maximum");
        }
        if (value.isObject()) {
            JsonNode props = schema.get("properties");
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!value.has(r.asText())) {
                        out.add(path + "." + r.asText() + ": required");
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                var f = it.next();
                if (props != null && props.has(f.getKey())) {
                    check(props.get(f.getKey()), f.getValue(), path + "." + f.getKey(), out);
                } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean()) {
                    out.add(path + "." + f.getKey() + ": not allowed");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", out);
            }
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            for (JsonNode alternative : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(alternative, value, path, sub);
                matching += sub.isEmpty() ? 1 : 0;
            }
            if (matching != 1) {
                out.add(path + ": matches " + matching + " alternatives of oneOf, not exactly one");
            }
        }
    }

    private static boolean hasType(JsonNode v, String type) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            default -> throw new IllegalArgumentException("unsupported type " + type);
        };
    }
}
