package vn.ktgs.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.ktgs.common.Violation;

/**
 * Lược đồ JSON là mô tả duy nhất: a JSON Schema (draft 2020-12) shipped in the jar, checked by networknt's
 * json-schema-validator, each problem named as a {@link Violation} at its path ({@code plans[2].items[0].from}) with
 * the project's message keys, so that a reader says in Vietnamese or English what the schema says once.
 *
 * <p>Each keyword the schemas use has one message: {@code required} → {@code ktgs.data.missingKey} at the missing
 * key, {@code additionalProperties} → {@code ktgs.data.unknownKey}, {@code type} → {@code ktgs.json.expected},
 * {@code enum} → {@code ktgs.json.unknownValue} with the allowed values, {@code minLength}, {@code minimum},
 * {@code maximum}, {@code exclusiveMinimum}, {@code minItems}, {@code pattern}, {@code format}, {@code const} their own
 * {@code ktgs.json.*}. A schema object may name another rule for one of its keywords in {@code x-ktgs-rules} (for
 * example a date's {@code format} → {@code ktgs.data.notADate}, a target's {@code oneOf} →
 * {@code ktgs.dataset.target.exactlyOne}, an unknown indicator's {@code enum} →
 * {@code ktgs.scoring.set.unknownIndicator}); that is how a rule with a better message than the keyword's is named in
 * the schema itself. Such a rule's message is given the value as {@code {value}}, the key it is at as {@code {key}},
 * and the value again under that key's name ({@code {indicator}} at {@code criteria[7].indicator}). Problems inside
 * one branch of {@code oneOf}/{@code anyOf}/{@code not}/{@code if} are not reported one by one: the alternative as a
 * whole is (a branch's failure is what makes the other branch apply). A value of the wrong type is named by its type
 * only, not also by the values ({@code enum}, {@code const}) it is not.
 */
final class StrictSchema {

    /** The schema object's own names for rules, by keyword. */
    static final String RULES = "x-ktgs-rules";

    private static final JsonMapper MAPPER = new JsonMapper();
    private static final Set<String> ALTERNATIVES = Set.of("oneOf", "anyOf", "not", "if");

    private final JsonNode root;
    private final Schema schema;

    private StrictSchema(JsonNode root) {
        this.root = root;
        // the project's own annotations (x-description-vi, x-import-rule, x-ktgs-rules, ...) assert nothing
        Dialect.Builder dialect = Dialect.builder(Dialects.getDraft202012());
        Set<String> annotations = new TreeSet<>();
        extensions(root, annotations);
        annotations.forEach(k -> dialect.keyword(new AnnotationKeyword(k)));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect.build(),
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
                        .formatAssertionsEnabled(true).build()));
        this.schema = registry.getSchema(root);
    }

    private static void extensions(JsonNode node, Set<String> out) {
        node.fieldNames().forEachRemaining(k -> {
            if (k.startsWith("x-")) {
                out.add(k);
            }
        });
        node.forEach(child -> extensions(child, out));
    }

    /** The schema in the jar at {@code resource}. */
    static StrictSchema load(String resource) {
        try (InputStream in = StrictSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + resource);
            }
            return new StrictSchema(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema as a tree (for its enum lists and descriptions). */
    JsonNode tree() {
        return root;
    }

    /** The whole schema. */
    Part whole() {
        return new Part(schema);
    }

    /** The sub-schema at a JSON pointer into the schema, {@code /properties/members/items}. */
    Part part(String pointer) {
        NodePath at = new NodePath(PathType.JSON_POINTER);
        for (String segment : pointer.substring(1).split("/")) {
            at = at.append(segment);
        }
        return new Part(schema.getSubSchema(at));
    }

    /** A (sub-)schema that checks values. */
    final class Part {
        private final Schema schema;

        private Part(Schema schema) {
            this.schema = schema;
        }

        /**
         * Adds to {@code out} each problem of {@code value}, its path under {@code base} ({@code members[3]}, or empty
         * for a whole document); the same problem is named once.
         *
         * @return whether {@code value} was valid
         */
        boolean check(JsonNode value, String base, List<Violation> out) {
            List<Error> errors = schema.validate(value);
            if (errors.isEmpty()) {
                return true;
            }
            // a value of the wrong type is named once, by its type, not also by the values it is not (enum, const)
            Set<String> wrongType = new HashSet<>();
            for (Error e : errors) {
                if (!insideAlternative(e.getEvaluationPath()) && "type".equals(e.getKeyword())) {
                    wrongType.add(join(base, e.getInstanceLocation()));
                }
            }
            Set<Violation> found = new LinkedHashSet<>();
            for (Error e : errors) {
                if (!insideAlternative(e.getEvaluationPath()) && ("type".equals(e.getKeyword())
                        || !wrongType.contains(join(base, e.getInstanceLocation())))) {
                    found.add(violation(e, base));
                }
            }
            out.addAll(found);
            return false;
        }
    }

    private static boolean insideAlternative(NodePath evaluation) {
        int n = evaluation.getNameCount();
        for (int i = 0; i < n - 1; i++) {
            if (ALTERNATIVES.contains(evaluation.getName(i))) {
                return true;
            }
        }
        return false;
    }

    private Violation violation(Error e, String base) {
        String keyword = e.getKeyword();
        String at = join(base, e.getInstanceLocation());
        JsonNode owner = owner(e);
        String rule = owner.path(RULES).path(keyword).textValue();
        JsonNode value = e.getInstanceNode();
        String text = value == null ? "" : value.isTextual() ? value.textValue() : value.toString();
        if (rule != null) {
            String key = at.substring(Math.max(at.lastIndexOf('.'), at.lastIndexOf(']')) + 1);
            if (key.isEmpty() || key.equals("value") || key.equals("key")) {
                return Violation.of(at, rule, "value", text, "key", key);
            }
            // the value also under its key's name, for a rule whose message names it so ({indicator})
            return Violation.of(at, rule, "value", text, "key", key, key, text);
        }
        return switch (keyword) {
            case "required" -> Violation.of(child(at, e.getProperty()), "ktgs.data.missingKey");
            case "additionalProperties" -> Violation.of(child(at, e.getProperty()), "ktgs.data.unknownKey", "key",
                    e.getProperty());
            case "type" -> Violation.of(at, "ktgs.json.expected", "type",
                    JsonType.valueOf(owner.path("type").asText().toUpperCase(Locale.ROOT)));
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                owner.path("enum").forEach(a -> allowed.add(a.isTextual() ? a.textValue() : a.toString()));
                yield Violation.of(at, "ktgs.json.unknownValue", "value", text, "allowed", allowed);
            }
            case "const" -> Violation.of(at, "ktgs.json.const", "value", text, "expected",
                    owner.path("const").isTextual() ? owner.path("const").textValue() : owner.path("const").toString());
            case "minLength" -> Violation.of(at, "ktgs.json.minLength", "min", owner.path("minLength").intValue());
            case "minItems" -> Violation.of(at, "ktgs.json.minItems", "min", owner.path("minItems").intValue());
            case "minimum" -> Violation.of(at, "ktgs.json.minimum", "value", text, "limit",
                    owner.path("minimum").decimalValue());
            case "exclusiveMinimum" -> Violation.of(at, "ktgs.json.exclusiveMinimum", "value", text, "limit",
                    owner.path("exclusiveMinimum").decimalValue());
            case "maximum" -> Violation.of(at, "ktgs.json.maximum", "value", text, "limit",
                    owner.path("maximum").decimalValue());
            default -> Violation.of(at, "ktgs.json.schema", "value", text, "keyword", keyword);
        };
    }

    /** The schema object that holds the keyword that failed. */
    private JsonNode owner(Error e) {
        NodePath fragment = e.getSchemaLocation().getFragment();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            pointer.append('/').append(fragment.getName(i).replace("~", "~0").replace("/", "~1"));
        }
        return root.at(pointer.toString());
    }

    /** {@code plans[2]} + {@code /items/0/from} → {@code plans[2].items[0].from}. */
    private static String join(String base, NodePath instance) {
        StringBuilder out = new StringBuilder(base);
        for (int i = 0; i < instance.getNameCount(); i++) {
            Object element = instance.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.toString();
    }

    private static String child(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }
}
