package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dataset reference ({@code docs/dataset-reference.md}) is what the schema generates, every property of the
 * schema is described in both languages, and the annotations that carry this are accepted by the project's
 * schema checker and by a full JSON Schema 2020-12 validator (networknt).
 */
class DatasetReferenceTest {

    private static final JsonMapper MAPPER = new JsonMapper();
    private static final String REGENERATE = "./mvnw -B -ntp -q -pl adapters-json -am test"
            + " -Dtest=DatasetReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -Dktgs.writeReference=true";
    private static JsonNode schema;
    private static JsonNode sample;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DatasetReferenceTest.class.getResourceAsStream(Dataset.SCHEMA_RESOURCE)) {
            schema = MAPPER.readTree(in);
        }
        try (InputStream in = DatasetReferenceTest.class.getResourceAsStream("/datasets/seed-2025.json")) {
            sample = MAPPER.readTree(in);
        }
    }

    @Test
    void theCommittedReferenceIsWhatTheSchemaGenerates() throws IOException {
        String generated = new DatasetReference(schema).markdown();
        if (Boolean.getBoolean("ktgs.writeReference")) {
            Files.writeString(DatasetReference.FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(DatasetReference.FILE).as("the committed reference").exists();
        assertThat(Files.readString(DatasetReference.FILE, StandardCharsets.UTF_8))
                .as("adapters-json/%s differs from what dataset.schema.json generates; regenerate it with: %s",
                        DatasetReference.FILE, REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyPropertyIsDescribedInBothLanguagesWithAnExample() {
        assertThat(new DatasetReference(schema).gaps()).isEmpty();
    }

    @Test
    void aPropertyWithoutAVietnameseDescriptionOrAnExampleIsAGap() {
        ObjectNode broken = schema.deepCopy();
        ObjectNode member = (ObjectNode) broken.path("properties").path("members").path("items")
                .path("properties").path("fullName");
        member.remove("x-description-vi");
        ObjectNode key = (ObjectNode) broken.path("$defs").path("item").path("properties").path("key");
        key.remove("examples");
        key.remove("x-import-rule-vi");

        assertThat(new DatasetReference(broken).gaps()).containsExactlyInAnyOrder(
                "members[].fullName: no x-description-vi",
                "$defs/item.key: x-import-rule in one language only",
                "$defs/item.key: no examples");
    }

    @Test
    void theReferenceListsEveryFieldWithItsRuleAndBothLanguages() {
        String md = new DatasetReference(schema).markdown();
        // a field of each depth, from the schema's own words
        assertThat(md).contains("| `fullName` | string | yes — có | at least 1 character — ít nhất 1 ký tự<br>*On"
                + " import:* At most 200 characters; no control characters (ktgs.text.invalid).<br>*Khi nạp: Tối đa 200"
                + " ký tự; không có ký tự điều khiển (ktgs.text.invalid).* | `\"Nguyễn Văn Hùng\"` | The member's full"
                + " name, stored in Unicode NFC.<br>*Họ và tên đảng viên, lưu ở dạng Unicode NFC.* |");
        assertThat(md).contains("| `status` | string | yes — có | one of — một trong: `FULL` (Full member — *Đảng viên"
                + " chính thức*), `PROBATIONARY` (Probationary member — *Đảng viên dự bị*) |");
        assertThat(md).contains("`SUBORDINATE_CELL` (Subordinate cell — *Chi bộ trực thuộc*)");
        assertThat(md).contains("| `period` | string | yes — có | pattern — mẫu: "
                + "`^[0-9]{4}(-(M(0[1-9]\\|1[0-2])\\|Q[1-4]\\|H[12]\\|9M))?$`<br>*On import:* A kind of period");
        assertThat(md).contains("| `findings` | array of [object](#activities-conclusion-findings) | no — không |");
        assertThat(md).contains("## `activities[].conclusion.findings[]`");
        assertThat(md).contains("| `targets` | array of [target](#def-target) | yes — có |");
        assertThat(md).contains("| `year` | integer | yes — có | 2000 ≤ value — giá trị ≤ 2100 |");
        // every property of the schema has its row
        long rows = md.lines().filter(l -> l.startsWith("| `")).count();
        assertThat(rows).isEqualTo(countProperties(schema));
    }

    private static long countProperties(JsonNode node) {
        long n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var child = it.next();
            if (!child.getKey().equals("then")) { // "then" restricts keys listed already
                n += countProperties(child.getValue());
            }
        }
        for (JsonNode element : node.isArray() ? node : MAPPER.createArrayNode()) {
            n += countProperties(element);
        }
        return n + node.path("properties").size();
    }

    @Test
    void aFullJsonSchemaValidatorAcceptsTheSchemaAndTheSample() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schema)).as("the schema against the 2020-12 meta-schema").isEmpty();

        Schema dataset = registry.getSchema(schema);
        assertThat(dataset.validate(sample)).as("the sample against the schema").isEmpty();

        ObjectNode broken = sample.deepCopy();
        ((ObjectNode) broken.withArray("memberships").get(0)).put("status", "HONORARY");
        List<Error> errors = dataset.validate(broken);
        assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
                .contains("/memberships/0/status");

        ObjectNode badAnnotation = schema.deepCopy();
        ((ObjectNode) badAnnotation.path("properties").path("year")).put("examples", "2025");
        assertThat(meta.validate(badAnnotation)).as("examples must be an array").isNotEmpty();
    }
}
