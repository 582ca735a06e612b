package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.CriteriaSetRegistry;
import vn.ktgs.scoring.Indicator;
import vn.ktgs.scoring.Level;
import vn.ktgs.scoring.LocalisedText;
import vn.ktgs.scoring.NotApplicable;
import vn.ktgs.scoring.Rule;

class JsonCriteriaSetsTest {

    private final JsonCriteriaSets loader = new JsonCriteriaSets();

    /**
     * The text of version 1 of the shipped set (schema 1), which the reader's tests edit by hand; version 2 (schema
     * 2) is {@link #defaultV2Json()}.
     */
    private static String defaultJson() throws IOException {
        return resource(JsonCriteriaSets.DEFAULT_V1_RESOURCE);
    }

    private static String defaultV2Json() throws IOException {
        return resource(JsonCriteriaSets.DEFAULT_RESOURCE);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = JsonCriteriaSets.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private RejectedException rejection(String text) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(RejectedException.class,
                () -> loader.read(json(text)));
    }

    @Test
    void theShippedDefaultScoresOneHundredPointsOnTheLevelsOf366() {
        CriteriaSet set = JsonCriteriaSets.shippedDefault();

        assertThat(set.id()).isEqualTo("ktgs-default-65-KH-DU");
        assertThat(set.isDefault()).isTrue();
        assertThat(set.maxPoints()).isEqualByComparingTo("100");
        assertThat(set.thresholds().excellent()).isEqualByComparingTo("90");
        assertThat(set.thresholds().good()).isEqualByComparingTo("70");
        assertThat(set.thresholds().completed()).isEqualByComparingTo("50");
        assertThat(set.quota().share()).isEqualByComparingTo("0.20");
        assertThat(set.gates()).extracting(g -> g.id(), g -> g.cap())
                .contains(tuple("no-plan", Level.NOT_COMPLETED));
        assertThat(set.legalReferences()).contains("65-KH/ĐU", "366-QĐ/TW");
        assertThat(set.notApplicable()).isEqualTo(NotApplicable.EXCLUDE_AND_RENORMALISE);
        assertThat(set.criteria()).allSatisfy(c -> assertThat(c.source().vi()).isNotBlank());
        assertThat(set.label().label(Locale.ENGLISH)).startsWith("Default criteria");
        assertThat(set.inForceOn(LocalDate.of(2025, 6, 1))).isTrue();
    }

    @Test
    void everySourceOfTheNewestShippedSetNamesTheSameDocumentsInVietnameseAndEnglish() {
        CriteriaSet set = JsonCriteriaSets.shippedDefault();
        List<LocalisedText> sources = Stream.of(set.criteria().stream().map(c -> c.source()),
                set.gates().stream().map(g -> g.source()), set.targets().stream().map(t -> t.source()),
                Stream.of(set.thresholds().source(), set.quota().source())).flatMap(s -> s).toList();
        Pattern document = Pattern.compile("\\d+-[\\p{Lu}-]+/[\\p{Lu}]+");

        // 11 criteria, 5 gates, 3 targets, the levels and the quota; the targets' are bare document numbers
        assertThat(sources).hasSize(21).allSatisfy(s -> assertThat(document.matcher(s.vi()).results()
                .map(m -> m.group()).toList())
                .isEqualTo(document.matcher(s.en()).results().map(m -> m.group()).toList()));
        assertThat(sources).filteredOn(s -> !s.vi().equals(s.en())).hasSize(18);
        assertThat(set.quota().source().label(new Locale("vi"))).startsWith("quy định địa phương tùy chọn");
        assertThat(set.quota().source().label(Locale.ENGLISH)).startsWith("optional local rule, not in 366-QĐ/TW");
        assertThat(set.gates()).filteredOn(g -> g.id().startsWith("excellent-no-"))
                .allSatisfy(g -> assertThat(g.source().en()).startsWith("366-QĐ/TW"));
    }

    @Test
    void everySourceOfTheShippedSetNamesTheSameDocumentsInVietnameseAndEnglish() {
        CriteriaSet set = JsonCriteriaSets.shippedDefault(1);
        List<LocalisedText> sources = Stream.of(set.criteria().stream().map(c -> c.source()),
                set.gates().stream().map(g -> g.source()), set.targets().stream().map(t -> t.source()),
                Stream.of(set.thresholds().source(), set.quota().source())).flatMap(s -> s).toList();
        Pattern document = Pattern.compile("\\d+-[\\p{Lu}-]+/[\\p{Lu}]+");

        assertThat(sources).hasSize(19).allSatisfy(s -> assertThat(document.matcher(s.vi()).results()
                .map(m -> m.group()).toList())
                .isEqualTo(document.matcher(s.en()).results().map(m -> m.group()).toList()));
        assertThat(sources).filteredOn(s -> !s.vi().equals(s.en())).hasSize(16);
        assertThat(set.quota().source().label(new Locale("vi"))).startsWith("hướng dẫn trước đây (124-QĐ/TW)");
        assertThat(set.quota().source().label(Locale.ENGLISH)).startsWith("earlier guidance (124-QĐ/TW)");
        assertThat(set.targets().get(0).source()).isEqualTo(LocalisedText.neutral("65-KH/ĐU (S3)"));
    }

    @Test
    void readsASourceGivenAsPlainTextAsTheSameTextInBothLanguages() throws IOException {
        String override = """
                {"id": "tinh-x-2026", "version": 1, "default": false, "inForce": {"from": "2026-01-01"},
                 "gates": [{"id": "late-items", "source": "366-QĐ/TW"}],
                 "quota": {"source": {"vi": "Hướng dẫn của tỉnh", "en": "The province's guidance"}}}""";

        CriteriaSet host = loader.readWithOverride(json(defaultJson()), json(override));

        assertThat(host.gates().get(1).source()).isEqualTo(new LocalisedText("366-QĐ/TW", "366-QĐ/TW"));
        assertThat(host.quota().source()).isEqualTo(new LocalisedText("Hướng dẫn của tỉnh", "The province's guidance"));
    }

    @Test
    void rejectsASourceObjectWithoutEnglishOrWithAnUnknownKeyAndASourceOfAnotherTypeNamingTheirPaths()
            throws IOException {
        String text = defaultJson()
                .replace("\"source\": { \"vi\": \"366-QĐ/TW: mức hoàn thành nhiệm vụ",
                        "\"source\": { \"fr\": \"x\", \"vi\": \"366-QĐ/TW: mức hoàn thành nhiệm vụ")
                .replace("\"source\": \"65-KH/ĐU (S4)\"", "\"source\": { \"vi\": \"65-KH/ĐU (S4)\" }")
                .replace("\"source\": \"65-KH/ĐU (S6)\"", "\"source\": 6");

        assertThat(rejection(text).violations()).extracting(Violation::path, Violation::rule)
                .containsExactlyInAnyOrder(
                        tuple("gates[1].source.fr", "ktgs.data.unknownKey"),
                        tuple("targets[1].source.en", "ktgs.data.missingKey"),
                        tuple("targets[2].source", "ktgs.json.expected"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedInTheReadersLanguage() throws IOException {
        String text = defaultJson().replace("\"source\": \"65-KH/ĐU (S6)\"", "\"source\": 6");

        Violation v = rejection(text).violations().get(0);

        assertThat(v.message(vn.ktgs.common.Messages.VIETNAMESE)).isEqualTo("phải là một chuỗi ký tự");
        assertThat(v.message(java.util.Locale.ENGLISH)).isEqualTo("must be a string");
        for (JsonType t : JsonType.values()) {
            assertThat(t.label()).as("Vietnamese label of %s", t).isNotEqualTo(t.name()).doesNotContain("must");
            assertThat(t.label(java.util.Locale.ENGLISH)).as("English label of %s", t).isNotEqualTo(t.name())
                    .isNotEqualTo(t.label());
        }
    }

    @Test
    void rejectsAnUnknownKeyNamingItsPath() throws IOException {
        String text = defaultJson().replace("\"max\": 15,", "\"max\": 15, \"maxx\": 3,");
        assertThat(rejection(text).violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("criteria[0].maxx", "ktgs.data.unknownKey"));
    }

    @Test
    void rejectsAGapAndAnOverlapInABandTable() throws IOException {
        String gap = defaultJson().replace("{ \"from\": 0.5, \"to\": 0.8, \"points\": 5 }",
                "{ \"from\": 0.55, \"to\": 0.8, \"points\": 5 }");
        String overlap = defaultJson().replace("{ \"from\": 0.15, \"to\": 0.3, \"points\": 5 }",
                "{ \"from\": 0.1, \"to\": 0.3, \"points\": 5 }");

        assertThat(rejection(gap).violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("criteria[1].rule.bands[1].from", "ktgs.scoring.bands.gap"));
        assertThat(rejection(overlap).violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("criteria[5].rule.bands[1].from", "ktgs.scoring.bands.overlap"));
    }

    @Test
    void rejectsPointsAboveTheMaximumThresholdsOutOfOrderAndAnUnknownIndicatorAllAtOnce() throws IOException {
        String text = defaultJson()
                .replace("{ \"from\": 1, \"points\": 15 }", "{ \"from\": 1, \"points\": 16 }")
                .replace("\"indicator\": \"reports.onTime\"", "\"indicator\": \"reports.onTiem\"")
                .replace("\"good\": 70", "\"good\": 95");

        RejectedException e = rejection(text);

        // the unknown indicator stops the set before the soundness rules run: structure first
        assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("criteria[7].indicator", "ktgs.scoring.set.unknownIndicator"));
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("criteria[7].indicator: there is no indicator reports.onTiem");

        String sound = text.replace("reports.onTiem", "reports.onTime");
        assertThat(rejection(sound).violations()).extracting(Violation::path, Violation::rule)
                .containsExactlyInAnyOrder(
                        tuple("criteria[0].rule.bands[1].points", "ktgs.scoring.points.aboveMax"),
                        tuple("levels", "ktgs.scoring.thresholds.order"));
    }

    @Test
    void reportsEveryStructuralProblemWithItsPath() {
        String text = """
                {"schemaVersion": 1, "id": 7, "version": "one", "label": {"vi": "x"}, "default": true,
                 "inForce": {"from": "2025-13-01"}, "legalReferences": [],
                 "notApplicable": "SKIP", "criteria": [{"id": "a", "label": {"vi": "a", "en": "a"},
                 "indicator": "plan.adopted", "max": 10, "rule": {"type": "steps"}, "source": "x"}],
                 "levels": {"excellent": 90, "good": 70, "completed": 50, "source": "x"}}""";

        assertThat(rejection(text).violations()).extracting(Violation::path, Violation::rule)
                .containsExactlyInAnyOrder(
                        tuple("id", "ktgs.json.expected"),
                        tuple("version", "ktgs.json.expected"),
                        tuple("label.en", "ktgs.data.missingKey"),
                        tuple("inForce.from", "ktgs.data.notADate"),
                        tuple("notApplicable", "ktgs.json.unknownValue"),
                        tuple("criteria[0].rule.type", "ktgs.json.unknownValue"));
    }

    /**
     * The reader checks a file against the shipped schema itself: what the schema says (a text of at least one
     * character, a maximum above 0, an integer) is what the reader refuses, with the domain's message where the schema
     * names one ({@code x-ktgs-rules}); a wrong type is named once; the days in force are the reader's own rule.
     */
    @Test
    void theShippedSchemaIsWhatTheReaderChecks() throws IOException {
        String empty = defaultV2Json().replaceFirst("\"vi\": \"[^\"]+\"", "\"vi\": \"\"");
        String noMax = defaultV2Json().replaceFirst("\"max\": 15,", "\"max\": 0,");
        String text = defaultV2Json().replace("\"schemaVersion\": 2", "\"schemaVersion\": \"2\"");
        String backwards = defaultV2Json().replaceFirst("\"from\": \"2025-01-01\"",
                "\"from\": \"2025-01-01\", \"to\": \"2024-12-31\"");

        assertThat(rejection(empty).violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("label.vi", "ktgs.json.minLength"));
        RejectedException e = rejection(noMax);
        assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("criteria[0].max", "ktgs.scoring.criterion.max"));
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("criteria[0].max: a criterion's maximum must be greater than 0");
        assertThat(rejection(text).violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("schemaVersion", "ktgs.json.expected"));
        assertThat(rejection(backwards).violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("inForce.to", "ktgs.range.endBeforeStart"));
    }

    @Test
    void rejectsTextThatIsNotUtf8AndJsonThatIsNotJson() {
        byte[] latin1 = "{\"id\": \"Đảng\"}".getBytes(StandardCharsets.UTF_16LE);
        byte[] broken = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThatThrownBy(() -> loader.read(new ByteArrayInputStream(broken)))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("ktgs.data.notUtf8"));
        assertThatThrownBy(() -> loader.read(new ByteArrayInputStream(latin1)))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> loader.read(json("{\"id\": ")))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("ktgs.json.syntax"));
        assertThatThrownBy(() -> loader.read(json("{\"id\": 1, \"id\": 2}")))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("ktgs.json.syntax"));
    }

    @Test
    void rejectsAnotherSchemaVersionBeforeReadingTheRest() throws IOException {
        String text = defaultJson().replace("\"schemaVersion\": 1", "\"schemaVersion\": 3");
        RejectedException e = rejection(text);
        assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("schemaVersion", "ktgs.data.schemaVersion"));
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("schemaVersion: schema version 3 is not supported (supported: 1–2)");
    }

    @Test
    void schemaOneKnowsOnlyGatesBelowAThresholdAndAQuotaWithoutAnOrder() throws IOException {
        String text = defaultJson()
                .replace("\"below\": 0.8,", "\"atLeast\": 0.8,")
                .replace("\"tieBreak\": \"LAST_CODE_FIRST\",", "\"tieBreak\": \"LAST_CODE_FIRST\", \"order\": \"VIETNAMESE\",");
        assertThat(rejection(text).violations()).extracting(Violation::path, Violation::rule)
                .containsExactlyInAnyOrder(
                        tuple("gates[1].atLeast", "ktgs.data.unknownKey"),
                        tuple("gates[1].below", "ktgs.data.missingKey"),
                        tuple("quota.order", "ktgs.data.unknownKey"));
        // read as it was: below only, and codes in code-point order
        CriteriaSet v1 = loader.read(json(defaultJson()));
        assertThat(v1.gates()).extracting(g -> g.condition()).containsOnly(vn.ktgs.scoring.Gate.Condition.BELOW);
        assertThat(v1.quota().order()).isEqualTo(vn.ktgs.scoring.Quota.CodeOrder.CODE_POINTS);
    }

    @Test
    void schemaTwoGatesNameExactlyOneConditionAndItsQuotaNamesItsOrder() throws IOException {
        String both = defaultV2Json().replace("\"atLeast\": 1,\n      \"cap\": \"GOOD\"",
                "\"atLeast\": 1,\n      \"above\": 0,\n      \"cap\": \"GOOD\"");
        String none = defaultV2Json().replaceFirst("\"below\": 1,", "");
        String noOrder = defaultV2Json().replace("\"order\": \"VIETNAMESE\",", "");
        String vacuous = defaultV2Json().replaceFirst("\"atLeast\": 1,", "\"atLeast\": 0,");

        assertThat(rejection(both).violations()).extracting(Violation::path, Violation::rule)
                .contains(tuple("gates[3]", "ktgs.scoring.gate.condition"));
        assertThat(rejection(none).violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("gates[0]", "ktgs.scoring.gate.condition"));
        assertThat(rejection(noOrder).violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("quota.order", "ktgs.data.missingKey"));
        RejectedException e = rejection(vacuous);
        assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("gates[3].atLeast", "ktgs.scoring.gate.always"));
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(
                "gates[3].atLeast: the gate always holds: discipline.members is always at least 0");
        CriteriaSet v2 = loader.read(json(defaultV2Json()));
        assertThat(v2.gates()).extracting(g -> g.id(), g -> g.condition(), g -> g.threshold().toPlainString(),
                g -> g.cap()).containsExactly(
                        tuple("no-plan", vn.ktgs.scoring.Gate.Condition.BELOW, "1", Level.NOT_COMPLETED),
                        tuple("late-items", vn.ktgs.scoring.Gate.Condition.ABOVE, "0.2", Level.NOT_COMPLETED),
                        tuple("not-all-on-time", vn.ktgs.scoring.Gate.Condition.BELOW, "1", Level.COMPLETED),
                        tuple("excellent-no-member-disciplined", vn.ktgs.scoring.Gate.Condition.AT_LEAST, "1",
                                Level.GOOD),
                        tuple("excellent-no-leader-disciplined", vn.ktgs.scoring.Gate.Condition.AT_LEAST, "1",
                                Level.GOOD));
    }

    @Test
    void aHostOverridesSingleValuesOfTheShippedSetAndWinsOnItsDays() throws Exception {
        String override = """
                {"id": "tinh-x-2026", "version": 1, "default": false,
                 "inForce": {"from": "2026-01-01"},
                 "criteria": [{"id": "coverage", "max": 15, "rule": {"type": "bands", "bands": [
                     {"from": 0, "to": 0.3, "points": 0}, {"from": 0.3, "to": 0.5, "points": 10},
                     {"from": 0.5, "points": 15}]}},
                   {"id": "secretary", "max": 0.5}],
                 "levels": {"excellent": 95}}""";
        String fixedSecretary = override.replace("\"max\": 0.5", "\"max\": 0");

        CriteriaSet host = loader.readWithOverride(json(defaultJson()), json(override.replace(
                ",\n   {\"id\": \"secretary\", \"max\": 0.5}", "")));

        assertThat(host.id()).isEqualTo("tinh-x-2026");
        assertThat(host.criterion("coverage").orElseThrow().max()).isEqualByComparingTo("15");
        assertThat(((Rule.Bands) host.criterion("coverage").orElseThrow().rule()).bands()).hasSize(3);
        assertThat(host.criterion("reports").orElseThrow().max()).isEqualByComparingTo("10");
        assertThat(host.thresholds().excellent()).isEqualByComparingTo("95");
        assertThat(host.thresholds().good()).isEqualByComparingTo("70");
        assertThat(host.maxPoints()).isEqualByComparingTo(new BigDecimal("105"));
        String base = defaultJson();
        assertThat(catchRejected(() -> loader.readWithOverride(json(base), json(fixedSecretary))))
                .extracting(Violation::path).contains("criteria[10].max");

        CriteriaSetRegistry registry = new CriteriaSetRegistry();
        registry.register(JsonCriteriaSets.shippedDefault(), CriteriaSetRegistry.Layer.SHIPPED).orThrow();
        registry.register(host, CriteriaSetRegistry.Layer.HOST).orThrow();
        assertThat(registry.inForceOn(LocalDate.of(2025, 12, 31))).map(CriteriaSet::id).hasValue("ktgs-default-65-KH-DU");
        assertThat(registry.inForceOn(LocalDate.of(2026, 1, 1))).map(CriteriaSet::id).hasValue("tinh-x-2026");
        assertThat(registry.register(host, CriteriaSetRegistry.Layer.PROVINCE).violations())
                .extracting(Violation::rule).containsExactly("ktgs.scoring.set.duplicate");
        assertThat(host.criterion("plan-adopted").orElseThrow().indicator()).isEqualTo(Indicator.PLAN_ADOPTED);
    }

    private static java.util.List<Violation> catchRejected(Runnable r) {
        try {
            r.run();
        } catch (RejectedException e) {
            return e.violations();
        }
        throw new AssertionError("expected a rejection");
    }
}
