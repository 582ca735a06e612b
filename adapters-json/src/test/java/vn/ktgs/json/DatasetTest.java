package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

/** The dataset format: schema, strict reading with paths, replay with paths, atomic import, exact round trip. */
class DatasetTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final JsonMapper MAPPER = new JsonMapper();
    private static String sample;
    private static StrictSchema.Part schema;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DatasetTest.class.getResourceAsStream("/datasets/seed-2025.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (InputStream in = DatasetTest.class.getResourceAsStream(Dataset.SCHEMA_RESOURCE)) {
            schema = StrictSchema.load(Dataset.SCHEMA_RESOURCE).whole();
        }
    }

    private static Dataset read(String json) {
        return DatasetReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static ObjectNode tree() throws IOException {
        return (ObjectNode) MAPPER.readTree(sample);
    }

    private static RejectedException rejectedReading(byte[] bytes) {
        return catchThrowableOfType(RejectedException.class,
                () -> DatasetReader.read(new ByteArrayInputStream(bytes)));
    }

    private static RejectedException rejectedReplaying(JsonNode json) {
        return catchThrowableOfType(RejectedException.class,
                () -> new DatasetImporter(VALIDATOR).replay(read(json.toString())));
    }

    private static List<Violation> problems(JsonNode document) {
        List<Violation> out = new java.util.ArrayList<>();
        schema.check(document, "", out);
        return out;
    }

    @Test
    void theSampleAndItsExportValidateAgainstTheShippedSchema() throws IOException {
        assertThat(problems(MAPPER.readTree(sample))).isEmpty();
        Ktgs ktgs = new DatasetImporter(VALIDATOR).replay(read(sample));
        String exported = DatasetWriter.toJson(DatasetExporter.export(ktgs, "ĐB-VPUBND", 2025));
        assertThat(problems(MAPPER.readTree(exported))).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        ObjectNode t = tree();
        ((ObjectNode) t.withArray("plans").get(0)).put("colour", "đỏ");
        ((ObjectNode) t.withArray("members").get(0)).put("code", 7);
        assertThat(problems(t)).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("members[0].code", "ktgs.json.expected"),
                org.assertj.core.groups.Tuple.tuple("plans[0].colour", "ktgs.data.unknownKey"));
        RejectedException e = rejectedReading(t.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("members[0].code", "ktgs.json.expected"),
                org.assertj.core.groups.Tuple.tuple("plans[0].colour", "ktgs.data.unknownKey"));
    }

    @Test
    void exportThenImportRoundTripsByteForByte() {
        Ktgs first = new DatasetImporter(VALIDATOR).replay(read(sample));
        String once = DatasetWriter.toJson(DatasetExporter.export(first, "ĐB-VPUBND", 2025));
        Ktgs second = new DatasetImporter(VALIDATOR).replay(read(once));
        String twice = DatasetWriter.toJson(DatasetExporter.export(second, "ĐB-VPUBND", 2025));
        assertThat(twice).isEqualTo(once).isEqualTo(sample);
    }

    @Test
    void reportsEveryShapeProblemWithItsPath() throws IOException {
        ObjectNode t = tree();
        ObjectNode item = (ObjectNode) t.withArray("plans").get(2).withArray("items").get(0);
        item.put("colour", "xanh");
        ((ArrayNode) item.withArray("targets")).add(MAPPER.createObjectNode().put("member", "DV01")
                .put("organisation", "CB-TH"));
        item.put("from", "2025-13-01");
        ((ObjectNode) t.withArray("activities").get(0)).put("notifiedOn", 20250203);
        ((ObjectNode) t.withArray("memberships").get(3)).put("status", "HONORARY");
        t.put("extra", true);

        RejectedException e = rejectedReading(t.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("plans[2].items[0].colour", "ktgs.data.unknownKey"),
                org.assertj.core.groups.Tuple.tuple("plans[2].items[0].targets[2]", "ktgs.dataset.target.exactlyOne"),
                org.assertj.core.groups.Tuple.tuple("plans[2].items[0].from", "ktgs.data.notADate"),
                org.assertj.core.groups.Tuple.tuple("activities[0].notifiedOn", "ktgs.json.expected"),
                org.assertj.core.groups.Tuple.tuple("memberships[3].status", "ktgs.json.unknownValue"),
                org.assertj.core.groups.Tuple.tuple("extra", "ktgs.data.unknownKey"));
    }

    @Test
    void rejectsMalformedJsonAndInvalidUtf8WithWhereItStopped() {
        RejectedException syntax = rejectedReading(sample.substring(0, 5000).getBytes(StandardCharsets.UTF_8));
        assertThat(syntax.violations()).extracting(Violation::rule).containsExactly("ktgs.json.syntax");

        byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
        int at = sample.indexOf("Nguyễn");
        int offset = sample.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        bytes[offset + 1] = (byte) 0xC3; // a lead byte followed by an ASCII letter
        RejectedException utf8 = rejectedReading(bytes);
        assertThat(utf8.violations()).extracting(Violation::rule).containsExactly("ktgs.data.notUtf8");
        assertThat(utf8.violations().get(0).path()).startsWith("members[");
    }

    @Test
    void reportsUnknownCodesWithTheirPath() throws IOException {
        ObjectNode t = tree();
        ArrayNode targets = t.withArray("plans").get(2).withArray("items").get(0).withArray("targets");
        ((ObjectNode) targets.get(0)).put("member", "DV99");
        RejectedException later = rejectedReplaying(t);
        assertThat(later.violations()).extracting(Violation::path)
                .contains("plans[2].items[0].targets[0]");
        assertThat(later.violations().stream().filter(v -> v.path().equals("plans[2].items[0].targets[0]"))
                .findFirst().orElseThrow().message(Locale.ENGLISH)).isEqualTo("no member with code DV99 in the dataset");

        ObjectNode u = tree();
        ((ObjectNode) u.withArray("roles").get(0)).put("organisation", "CB-KHÔNG-CÓ");
        RejectedException e = rejectedReplaying(u);
        assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("roles[0].organisation", "ktgs.dataset.unknownCode"));
    }

    @Test
    void aDomainRejectionIsReportedUnderThePathOfTheRecordThatCausedIt() throws IOException {
        ObjectNode t = tree();
        ObjectNode conclusion = (ObjectNode) t.withArray("activities").get(0).get("conclusion");
        conclusion.put("on", "2025-05-20"); // after the self-report, before the verification

        RejectedException e = rejectedReplaying(t);

        assertThat(e.violations()).extracting(Violation::path, Violation::rule).contains(
                org.assertj.core.groups.Tuple.tuple("activities[0].conclusion",
                        "ktgs.activity.conclusion.beforeVerification"));
        assertThat(e.violations()).allMatch(v -> v.path().startsWith("activities[0]"));
    }

    @Test
    void nothingIsDatedAfterTheAsOfDay() throws IOException {
        ObjectNode t = tree();
        t.put("asOf", "2025-12-31");
        RejectedException e = rejectedReplaying(t);
        assertThat(e.violations()).extracting(Violation::rule).containsOnly("ktgs.dataset.afterAsOf");
        assertThat(e.violations()).extracting(Violation::path).allMatch(p -> p.startsWith("reports["));
    }

    @Test
    void aRejectedImportStoresNothingInTheTarget() throws IOException {
        ObjectNode t = tree();
        ((ObjectNode) t.withArray("reports").get(0)).put("period", "2025-Q5");
        Ports target = Ports.inMemory();

        RejectedException e = catchThrowableOfType(RejectedException.class,
                () -> new DatasetImporter(VALIDATOR).importInto(read(t.toString()), target));

        assertThat(e.violations()).extracting(Violation::path).contains("reports[0].period");
        assertThat(target.organisations().all()).isEmpty();
        assertThat(target.documents().all()).isEmpty();
    }

    @Test
    void loadingTheSameDatasetTwiceWritesOnceAndADifferentOneIsRejected() throws IOException {
        Ports target = Ports.inMemory();
        DatasetImporter importer = new DatasetImporter(VALIDATOR);

        DatasetImporter.Result first = importer.importInto(read(sample), target);
        DatasetImporter.Result again = importer.importInto(read(sample), target);

        assertThat(first.written()).isTrue();
        assertThat(first.organisations()).isEqualTo(8);
        assertThat(first.members()).isEqualTo(30);
        assertThat(again.written()).isFalse();
        assertThat(target.organisations().all()).hasSize(8);
        assertThat(DatasetWriter.toJson(DatasetExporter.export(target, "ĐB-VPUBND", 2025,
                java.time.LocalDate.of(2026, 2, 2), java.util.List.of("65-KH/ĐU")))).isEqualTo(sample);

        ObjectNode changed = tree();
        ((ObjectNode) changed.withArray("members").get(0)).put("fullName", "Tôn Thất Ấn");
        RejectedException e = catchThrowableOfType(RejectedException.class,
                () -> importer.importInto(read(changed.toString()), target));
        assertThat(e.violations()).extracting(Violation::rule).containsExactly("ktgs.dataset.committeeDiffers");
    }

    @Test
    void vietnameseTextIsStoredInNfcAndComesBackExactly() throws IOException {
        ObjectNode t = tree();
        String nfd = Normalizer.normalize("Nguyễn Thị Ưng", Normalizer.Form.NFD);
        ((ObjectNode) t.withArray("members").get(0)).put("fullName", nfd);

        Ktgs ktgs = new DatasetImporter(VALIDATOR).replay(read(t.toString()));
        String exported = DatasetWriter.toJson(DatasetExporter.export(ktgs, "ĐB-VPUBND", 2025));

        assertThat(ktgs.organisations().memberByCode("DV01").orElseThrow().fullName()).isEqualTo("Nguyễn Thị Ưng");
        assertThat(exported).contains("\"fullName\": \"Nguyễn Thị Ưng\"").doesNotContain(nfd);
    }
}
