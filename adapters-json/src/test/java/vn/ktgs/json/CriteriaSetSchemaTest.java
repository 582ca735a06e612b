package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.scoring.Indicator;
import vn.ktgs.scoring.Level;
import vn.ktgs.scoring.NotApplicable;
import vn.ktgs.scoring.Quota;

/**
 * The criteria-set schema shipped in the jar is a valid 2020-12 schema that describes every property in both
 * languages, names exactly the engine's indicators and constants, accepts every shipped set, and agrees with
 * {@link JsonCriteriaSets} on structure: each wrong file below is refused by both (the reader naming the path), each
 * allowed variation is accepted by both. What the schema cannot say (band tables, maxima, thresholds) only the reader
 * refuses, and the last test shows one such case so that the difference is known, not accidental.
 */
class CriteriaSetSchemaTest {

    private static final JsonMapper MAPPER = new JsonMapper();
    private static JsonNode schemaTree;
    private static Schema schema;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CriteriaSetSchemaTest.class.getResourceAsStream(JsonCriteriaSets.SCHEMA_RESOURCE)) {
            schemaTree = MAPPER.readTree(in);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schemaTree)).as("the schema against the 2020-12 meta-schema").isEmpty();
        schema = registry.getSchema(schemaTree);
    }

    private static JsonNode shipped(String resource) {
        try (InputStream in = CriteriaSetSchemaTest.class.getResourceAsStream(resource)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode v2() {
        return shipped(JsonCriteriaSets.DEFAULT_RESOURCE);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void theSchemaNamesExactlyTheEnginesIndicatorsAndConstants() {
        assertThat(strings(schemaTree.at("/$defs/indicator/enum")))
                .containsExactlyElementsOf(Arrays.stream(Indicator.values()).map(Indicator::code).toList());
        assertThat(strings(schemaTree.at("/$defs/gate/properties/cap/enum"))).containsExactlyElementsOf(names(Level.values()));
        assertThat(strings(schemaTree.at("/properties/notApplicable/enum")))
                .containsExactlyElementsOf(names(NotApplicable.values()));
        assertThat(strings(schemaTree.at("/properties/quota/properties/basis/enum")))
                .containsExactlyElementsOf(names(Quota.Basis.values()));
        assertThat(strings(schemaTree.at("/properties/quota/properties/tieBreak/enum")))
                .containsExactlyElementsOf(names(Quota.TieBreak.values()));
        assertThat(strings(schemaTree.at("/properties/quota/properties/order/enum")))
                .containsExactlyElementsOf(names(Quota.CodeOrder.values()));
    }

    @Test
    void everyPropertyIsDescribedInBothLanguages() {
        List<String> gaps = new ArrayList<>();
        describe(schemaTree, "", gaps);
        assertThat(gaps).as("properties without description or x-description-vi").isEmpty();
        assertThat(schemaTree.at("/x-description-vi").asText()).contains("Bộ tiêu chí", "khung điểm");
    }

    private static void describe(JsonNode node, String path, List<String> gaps) {
        for (String container : List.of("properties", "$defs")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.path(container).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode p = e.getValue();
                String at = path + "/" + container + "/" + e.getKey();
                boolean sharedRef = p.size() == 1 && p.has("$ref"); // described where it is defined
                if (!sharedRef && (p.path("description").asText().isBlank()
                        || p.path("x-description-vi").asText().isBlank())) {
                    gaps.add(at);
                }
                describe(p, at, gaps);
            }
        }
    }

    @Test
    void everyShippedSetFollowsTheSchema() {
        for (String resource : List.of(JsonCriteriaSets.DEFAULT_RESOURCE, JsonCriteriaSets.DEFAULT_V1_RESOURCE,
                JsonCriteriaSets.NO_QUOTA_RESOURCE)) {
            assertThat(schema.validate(shipped(resource))).as(resource).isEmpty();
        }
    }

    /** A change to the shipped set of version 2 that both the schema and the reader refuse, and the reader's path. */
    static Stream<Arguments> wrongFiles() {
        return Stream.of(
                wrong("an unknown key at the top", "levle", s -> s.put("levle", 1)),
                wrong("an unknown key in a criterion", "criteria[0].maxx", s -> criterion(s, 0).put("maxx", 3)),
                wrong("a missing label", "label", s -> s.remove("label")),
                wrong("a label without English", "label.en", s -> ((ObjectNode) s.get("label")).remove("en")),
                wrong("a label in a third language", "label.fr", s -> ((ObjectNode) s.get("label")).put("fr", "x")),
                wrong("an unknown indicator", "criteria[0].indicator",
                        s -> criterion(s, 0).put("indicator", "plan.adoptd")),
                wrong("an unknown rule type", "criteria[0].rule.type",
                        s -> ((ObjectNode) criterion(s, 0).get("rule")).put("type", "steps")),
                wrong("perCount without each", "criteria[8].rule.each",
                        s -> ((ObjectNode) criterion(s, 8).get("rule")).remove("each")),
                wrong("bands beside proportional", "criteria[2].rule.bands",
                        s -> ((ObjectNode) criterion(s, 2).get("rule")).putArray("bands")),
                wrong("a band without points", "criteria[0].rule.bands[0].points",
                        s -> ((ObjectNode) criterion(s, 0).get("rule").get("bands").get(0)).remove("points")),
                wrong("a maximum as text", "criteria[0].max", s -> criterion(s, 0).put("max", "15")),
                wrong("a gate with two conditions", "gates[1]",
                        s -> ((ObjectNode) s.get("gates").get(1)).put("below", 0.5)),
                wrong("a gate with no condition", "gates[1]", s -> ((ObjectNode) s.get("gates").get(1)).remove("above")),
                wrong("an unknown cap", "gates[0].cap", s -> ((ObjectNode) s.get("gates").get(0)).put("cap", "BEST")),
                wrong("a quota without order in schema 2", "quota.order",
                        s -> ((ObjectNode) s.get("quota")).remove("order")),
                wrong("an unknown quota basis", "quota.basis",
                        s -> ((ObjectNode) s.get("quota")).put("basis", "ALL")),
                wrong("a source as a number", "levels.source", s -> ((ObjectNode) s.get("levels")).put("source", 366)),
                wrong("a day that is not a day", "inForce.from",
                        s -> ((ObjectNode) s.get("inForce")).put("from", "2025-13-01")),
                wrong("no schemaVersion", "schemaVersion", s -> s.remove("schemaVersion")),
                wrong("a schema version the reader does not know", "schemaVersion", s -> s.put("schemaVersion", 3)),
                wrong("$schema as a number", "$schema", s -> s.put("$schema", 1)),
                wrong("schema 1 with an above gate", "gates[1]", s -> {
                    s.put("schemaVersion", 1);
                    ((ObjectNode) s.get("quota")).remove("order");
                }));
    }

    private static Arguments wrong(String what, String path, Consumer<ObjectNode> change) {
        return Arguments.of(what, path, change);
    }

    private static ObjectNode criterion(ObjectNode set, int i) {
        return (ObjectNode) set.get("criteria").get(i);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongFiles")
    void theSchemaAndTheReaderRefuseTheSameWrongFile(String what, String path, Consumer<ObjectNode> change)
            throws IOException {
        ObjectNode set = (ObjectNode) v2();
        change.accept(set);

        assertThat(schema.validate(set)).as("the schema on: %s", what).isNotEmpty();
        RejectedException e = catchThrowableOfType(RejectedException.class, () -> read(set));
        assertThat(e).as("the reader on: %s", what).isNotNull();
        assertThat(e.violations()).extracting(Violation::path).as("the reader's paths on: %s", what)
                .anySatisfy(p -> assertThat(p).startsWith(path));
    }

    /** A change both accept: an editor's $schema, no gates, no quota, no targets, a null end, a plain source. */
    static Stream<Arguments> allowedVariations() {
        return Stream.of(
                wrong("an editor's $schema", "", s -> s.put("$schema", "./criteria-set.schema.json")),
                wrong("no gates", "", s -> s.remove("gates")),
                wrong("no quota", "", s -> s.remove("quota")),
                wrong("no targets", "", s -> s.remove("targets")),
                wrong("an end day null", "", s -> ((ObjectNode) s.get("inForce")).putNull("to")),
                wrong("a source as a plain document number", "",
                        s -> ((ObjectNode) s.get("levels")).put("source", "366-QĐ/TW")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedVariations")
    void theSchemaAndTheReaderAcceptTheSameVariation(String what, String unused, Consumer<ObjectNode> change)
            throws IOException {
        ObjectNode set = (ObjectNode) v2();
        change.accept(set);

        assertThat(schema.validate(set)).as("the schema on: %s", what).isEmpty();
        assertThat(read(set).criteria()).hasSize(11);
    }

    @Test
    void aTopBandShortOfTheMaximumFollowsTheSchemaButTheReaderRefusesIt() throws IOException {
        ObjectNode set = (ObjectNode) v2();
        ArrayNode bands = (ArrayNode) criterion(set, 0).get("rule").get("bands");
        ((ObjectNode) bands.get(1)).put("points", 14);

        assertThat(schema.validate(set)).isEmpty();
        RejectedException e = catchThrowableOfType(RejectedException.class, () -> read(set));
        assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("criteria[0].rule.bands[1].points", "ktgs.scoring.bands.topBelowMax"));
        assertThat(e.message(java.util.Locale.ENGLISH)).isEqualTo("criteria[0].rule.bands[1].points: the band of the"
                + " best results gives 14 points, short of the criterion's maximum 15");
    }

    private static vn.ktgs.scoring.CriteriaSet read(JsonNode set) throws IOException {
        byte[] bytes = MAPPER.writeValueAsString(set).getBytes(StandardCharsets.UTF_8);
        return new JsonCriteriaSets().read(new ByteArrayInputStream(bytes));
    }
}
