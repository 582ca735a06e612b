package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.Messages;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.followup.EscalationRole;
import vn.ktgs.followup.FollowUpRules;
import vn.ktgs.followup.OverdueKind;

/** The follow-up rules as JSON: the shipped default, its schema, and strict errors with their paths. */
class JsonFollowUpRulesTest {

    private static final JsonMapper MAPPER = new JsonMapper();

    private static FollowUpRules read(String json) {
        return new JsonFollowUpRules().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = JsonFollowUpRulesTest.class.getResourceAsStream(name)) {
            return MAPPER.readTree(in);
        }
    }

    @Test
    void theShippedDefaultHoldsTheSameRulesAsTheCoresDefaults() {
        FollowUpRules json = JsonFollowUpRules.shippedDefault();

        assertThat(json).isEqualTo(FollowUpRules.defaults());
        assertThat(json.escalation().stepsFor(OverdueKind.CELL_WITHOUT_ASSIGNED_MEMBER).get(1).to())
                .containsExactly(EscalationRole.STANDING_COMMITTEE);
    }

    @Test
    void theSchemaIsA202012SchemaTheDefaultFollowsItAndAWrongFileDoesNot() throws IOException {
        JsonNode schema = resource(JsonFollowUpRules.SCHEMA_RESOURCE);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schema)).isEmpty();
        Schema rules = registry.getSchema(schema);
        JsonNode shipped = resource(JsonFollowUpRules.DEFAULT_RESOURCE);
        assertThat(rules.validate(shipped)).isEmpty();

        ObjectNode wrong = shipped.deepCopy();
        ((ObjectNode) wrong.get("escalation").get(0)).put("afterDay", 3);
        assertThat(rules.validate(wrong)).isNotEmpty();
        assertThatThrownBy(() -> read(wrong.toString())).isInstanceOf(RejectedException.class);
        java.util.List<String> roles = new java.util.ArrayList<>();
        schema.at("/$defs/step/properties/to/items/enum").forEach(r -> roles.add(r.asText()));
        assertThat(roles).as("the schema's roles are the core's").containsExactlyElementsOf(
                java.util.Arrays.stream(EscalationRole.values()).map(Enum::name).toList());
        java.util.List<String> kinds = new java.util.ArrayList<>();
        schema.at("/properties/escalationByKind/properties").fieldNames().forEachRemaining(kinds::add);
        assertThat(kinds).containsExactlyElementsOf(
                java.util.Arrays.stream(OverdueKind.values()).map(Enum::name).toList());
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPath() {
        String json = """
                {"schemaVersion": 1, "legalReference": "Quy định của tỉnh", "effectiveFrom": "2025-13-01",
                 "planAdoptionDays": -2, "assignmentDays": "30", "disseminationDays": 30, "colour": "red",
                 "escalation": [{"afterDays": 10, "to": ["SECRETARY"]}, {"afterDays": 10, "to": ["SECRETARY"]}],
                 "escalationByKind": {"PLAN_ADOPTED": [], "ITEM_PAST_WINDOW": [
                   {"afterDays": 0, "to": ["BOSS", "SECRETARY", "SECRETARY"]}, {"to": []}]}}
                """;
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(RejectedException.class, e ->
                assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                        tuple("colour", "ktgs.data.unknownKey"),
                        tuple("effectiveFrom", "ktgs.data.notADate"),
                        tuple("planAdoptionDays", "ktgs.followup.days.range"),
                        tuple("assignmentDays", "ktgs.json.expected"),
                        tuple("escalation[1].afterDays", "ktgs.followup.steps.order"),
                        tuple("escalationByKind.PLAN_ADOPTED", "ktgs.data.unknownKey"),
                        tuple("escalationByKind.ITEM_PAST_WINDOW[0].afterDays", "ktgs.followup.step.afterDays"),
                        tuple("escalationByKind.ITEM_PAST_WINDOW[0].to[0]", "ktgs.followup.role.unknown"),
                        tuple("escalationByKind.ITEM_PAST_WINDOW[0].to[2]", "ktgs.followup.role.twice"),
                        tuple("escalationByKind.ITEM_PAST_WINDOW[1].afterDays", "ktgs.data.missingKey"),
                        tuple("escalationByKind.ITEM_PAST_WINDOW[1].to", "ktgs.followup.step.noRole")));
    }

    @Test
    void theMessagesReadInBothLanguagesAndAnotherSchemaVersionStopsTheRead() {
        RejectedException e = (RejectedException) org.assertj.core.api.Assertions.catchThrowable(() -> read("""
                {"schemaVersion": 1, "legalReference": "x", "effectiveFrom": "2025-01-01", "planAdoptionDays": 0,
                 "assignmentDays": 30, "disseminationDays": 30,
                 "escalation": [{"afterDays": 5, "to": ["SECRETARY"]}, {"afterDays": 3, "to": ["RESPONSIBLE"]}]}
                """));
        Violation order = e.violations().get(0);
        assertThat(order.message(Messages.VIETNAMESE)).isEqualTo(
                "số ngày 3 phải lớn hơn số ngày 5 của bước trước");
        assertThat(order.message(Locale.ENGLISH)).isEqualTo("the days 3 must be more than the previous step's 5");
        assertThatThrownBy(() -> read("{\"schemaVersion\": 2}")).isInstanceOfSatisfying(RejectedException.class,
                x -> assertThat(x.violations()).extracting(Violation::rule).containsExactly("ktgs.data.schemaVersion"));
        assertThatThrownBy(() -> read("{\"schemaVersion\": 1,")).isInstanceOfSatisfying(RejectedException.class,
                x -> assertThat(x.violations()).extracting(Violation::rule).containsExactly("ktgs.json.syntax"));
    }
}
