package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rule-case schema shipped in the jar is a 2020-12 schema, the shipped cases follow it, a wrong file does not. */
class RuleCasesSchemaTest {

    private static final JsonMapper MAPPER = new JsonMapper();

    @Test
    void theShippedCasesFollowTheShippedSchemaAndAWrongKeyDoesNot() throws IOException {
        JsonNode schema;
        try (InputStream in = RuleCasesSchemaTest.class.getResourceAsStream(JsonRuleCases.SCHEMA_RESOURCE)) {
            schema = MAPPER.readTree(in);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schema)).as("the schema against the 2020-12 meta-schema").isEmpty();
        java.util.List<String> codes = new java.util.ArrayList<>();
        schema.at("/$defs/values/propertyNames/enum").forEach(c -> codes.add(c.asText()));
        assertThat(codes).as("the schema's indicator codes are the engine's").containsExactlyElementsOf(
                java.util.Arrays.stream(vn.ktgs.scoring.Indicator.values()).map(vn.ktgs.scoring.Indicator::code).toList());
        Schema cases = registry.getSchema(schema);
        for (Path file : new Path[] {JsonRuleCasesTest.SHIPPED, Path.of("src/test/resources/rule-cases/seed-2025-v2.json")}) {
            assertThat(cases.validate(MAPPER.readTree(Files.readString(file)))).as(file.toString()).isEmpty();
        }
        ObjectNode wrong = (ObjectNode) MAPPER.readTree(Files.readString(JsonRuleCasesTest.SHIPPED));
        ((ObjectNode) wrong.get("cases").get(0).get("cells").get(0).get("expect")).put("levle", "GOOD");
        assertThat(cases.validate(wrong)).isNotEmpty();
    }
}
