package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks a JSON answer against a schema of the served OpenAPI document: the subset of JSON Schema the generator
 * writes ($ref, type and type arrays, properties, required, additionalProperties false or a schema, items, enum, oneOf,
 * formats uuid and date).
 */
final class SchemaCheck {

    private final JsonNode schemas;

    SchemaCheck(JsonNode openApi) {
        this.schemas = openApi.get("components").get("schemas");
    }

    void check(JsonNode value, String schema) {
        List<String> errors = new ArrayList<>();
        validate(value, schemas.get(schema), "$", errors);
        assertThat(errors).as("%s against %s", value, schema).isEmpty();
    }

    private void validate(JsonNode v, JsonNode s, String path, List<String> errors) {
        if (s == null) {
            errors.add(path + ": no schema");
            return;
        }
        if (s.has("$ref")) {
            validate(v, schemas.get(s.get("$ref").asText().substring("#/components/schemas/".length())), path, errors);
            return;
        }
        if (s.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : s.get("oneOf")) {
                List<String> e = new ArrayList<>();
                validate(v, option, path, e);
                matches += e.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                errors.add(path + ": matches " + matches + " of oneOf");
            }
            return;
        }
        if (s.has("type") && !typeMatches(v, s.get("type"))) {
            errors.add(path + ": " + v.getNodeType() + " is not " + s.get("type"));
            return;
        }
        if (v.isNull()) {
            return;
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                errors.add(path + ": " + v + " not in enum");
            }
        }
        if (s.has("format") && v.isTextual()) {
            try {
                switch (s.get("format").asText()) {
                    case "uuid" -> UUID.fromString(v.asText());
                    case "date" -> LocalDate.parse(v.asText());
                    default -> { }
                }
            } catch (RuntimeException e) {
                errors.add(path + ": " + v + " is not a " + s.get("format").asText());
            }
        }
        if (v.isArray() && s.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                validate(v.get(i), s.get("items"), path + "[" + i + "]", errors);
            }
        }
        if (v.isObject() && s.has("properties")) {
            JsonNode props = s.get("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!props.has(f.getKey())) {
                    errors.add(path + "." + f.getKey() + ": not in the schema");
                } else {
                    validate(f.getValue(), props.get(f.getKey()), path + "." + f.getKey(), errors);
                }
            }
            for (JsonNode r : s.path("required")) {
                if (!v.has(r.asText())) {
                    errors.add(path + "." + r.asText() + ": required");
                }
            }
        } else if (v.isObject() && s.path("additionalProperties").isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                validate(f.getValue(), s.get("additionalProperties"), path + "." + f.getKey(), errors);
            }
        }
    }

    private static boolean typeMatches(JsonNode v, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(v, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "array" -> v.isArray();
            case "object" -> v.isObject();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
