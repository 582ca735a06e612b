package vn.ktgs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.ktgs.cli.KtgsCliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ktgs.cli.KtgsCliTest.Run;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetExporter;
import vn.ktgs.json.DatasetImporter;
import vn.ktgs.json.DatasetReader;
import vn.ktgs.json.DatasetWriter;

/** Bundles (several committees in one file): each read, checked and processed in turn, errors placed by document. */
class KtgsCliBundleTest {

    private static final JsonMapper MAPPER = new JsonMapper();

    @TempDir
    static Path dir;
    static Path bundle;
    static List<String> lines;

    @BeforeAll
    static void generate() throws IOException {
        bundle = dir.resolve("three.jsonl");
        try (OutputStream out = Files.newOutputStream(bundle)) {
            assertThat(SyntheticBundle.write(60, 7, out)).isEqualTo(3);
        }
        lines = Files.readAllLines(bundle, StandardCharsets.UTF_8);
    }

    private static Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theGeneratorIsDeterministicAndWritesVietnameseNames() {
        var again = new ByteArrayOutputStream();
        SyntheticBundle.write(60, 7, again);
        assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n", lines) + "\n");
        var other = new ByteArrayOutputStream();
        SyntheticBundle.write(60, 8, other);
        assertThat(other.toString(StandardCharsets.UTF_8)).isNotEqualTo(again.toString(StandardCharsets.UTF_8));
        assertThat(lines.get(0)).containsPattern(
                "\"fullName\":\"[^\"]*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");
    }

    @Test
    void validateChecksEveryCommitteeOfABundle() {
        Run r = run("validate", "--data", bundle.toString(), "--lang", "en");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("three.jsonl[0]: valid — committee ĐB0, year 2025, as of 2026-02-02: 27 organisations,"
                        + " 500 members")
                .contains("three.jsonl[2]: valid — committee ĐB2, year 2025, as of 2026-02-02: 12 organisations")
                .contains("three.jsonl: 3 datasets, 3 valid, 0 invalid");
    }

    @Test
    void anInvalidCommitteeIsNamedByItsPlaceAndTheOthersAreStillProcessed() throws IOException {
        String unknownKey = lines.get(1).replaceFirst("\"notifiedOn\"", "\"openedOn\"");
        String early = lines.get(2).replace("\"asOf\":\"2026-02-02\"", "\"asOf\":\"2025-12-31\"");
        Path bad = file("bad.jsonl", lines.get(0) + "\n" + unknownKey + "\n" + early + "\n" + lines.get(0) + "\n");

        Run validate = run("validate", "--data", bad.toString(), "--lang", "en");
        Run classify = run("classify", "--data", bad.toString(), "--format", "json");

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.err()).contains("[1].activities[0].openedOn: unsupported key: openedOn")
                .contains("bad.jsonl[1]: ")
                .containsPattern("\\[2]\\.reports\\[\\d+]: the day 2026-01-\\d+ is after the dataset's as-of day 2025-12-31")
                .contains("bad.jsonl[2]: ");
        assertThat(validate.out()).contains("bad.jsonl[0]: valid").contains("bad.jsonl[3]: valid")
                .contains("4 datasets, 2 valid, 2 invalid");
        assertThat(classify.code()).isEqualTo(1);
        assertThat(classify.out().lines().map(l -> json(l).get("document").asInt()).toList()).containsExactly(0, 3);
    }

    @Test
    void committeesWorkedOnInParallelPrintTheSameBytesInTheFilesOrder() throws IOException {
        String unknownKey = lines.get(1).replaceFirst("\"notifiedOn\"", "\"openedOn\"");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            text.append(lines.get(0)).append('\n').append(unknownKey).append('\n').append(lines.get(2)).append('\n');
        }
        Path mixed = file("mixed.jsonl", text.toString());
        for (String[] command : List.of(new String[] {"validate"}, new String[] {"classify"},
                new String[] {"classify", "--format", "json"}, new String[] {"report", "--period", "2025-Q1"})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--data", mixed.toString(), "--lang", "en", "--threads"));
            List<String> one = new java.util.ArrayList<>(args);
            one.add("1");
            Run alone = run(one.toArray(String[]::new));
            assertThat(alone.code()).as(alone.err()).isEqualTo(1);
            assertThat(alone.err()).contains("[10].activities[0].openedOn: unsupported key: openedOn")
                    .contains("mixed.jsonl[10]: 2 error(s)");
            for (String threads : List.of("2", "3")) {
                List<String> many = new java.util.ArrayList<>(args);
                many.add(threads);
                Run parallel = run(many.toArray(String[]::new));
                assertThat(parallel).as("%s --threads %s", args.get(0), threads).isEqualTo(alone);
            }
        }
        Run zero = run("validate", "--data", mixed.toString(), "--threads", "0", "--lang", "en");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("--threads must be at least 1: 0");
    }

    @Test
    void classifyGivesOneJsonDocumentPerCommitteePerLine() {
        Run r = run("classify", "--data", bundle.toString(), "--format", "json", "--lang", "en");

        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> committees = r.out().lines().map(KtgsCliBundleTest::json).toList();
        assertThat(committees).extracting(j -> j.get("document").asInt(), j -> j.get("committee").asText(),
                        j -> j.get("cells").size())
                .containsExactly(tuple(0, "ĐB0", 25),
                        tuple(1, "ĐB1", 25),
                        tuple(2, "ĐB2", 10));
        assertThat(committees.get(0).get("cells").get(0).get("criteria").get(0).get("reason").asText()).isNotBlank();
    }

    @Test
    void classifyAndReportTablesCoverEveryCommittee() {
        Run classify = run("classify", "--data", bundle.toString(), "--lang", "en");
        Run report = run("report", "--data", bundle.toString(), "--period", "2025-Q4", "--lang", "en");

        assertThat(classify.code()).isZero();
        assertThat(classify.out()).contains("Đảng bộ cơ sở số 0 — ").contains("Đảng bộ cơ sở số 2 — ")
                .contains("  CB59 ").contains("3 datasets, 3 valid, 0 invalid");
        assertThat(report.code()).isZero();
        assertThat(report.out()).contains("Đảng bộ cơ sở số 0 — 2025-Q4").contains("Đảng bộ cơ sở số 1 — 2025-Q4")
                .containsPattern("(?m)^CB59 ").contains("3 datasets, 3 valid, 0 invalid");
    }

    @Test
    void aSyntaxErrorStopsTheBundleWithTheDocumentWhereItHappened() throws IOException {
        Path broken = file("broken.jsonl", lines.get(0) + "\n" + lines.get(1).substring(0, 2000) + "\n"
                + lines.get(2) + "\n");

        Run r = run("validate", "--data", broken.toString(), "--lang", "en");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("broken.jsonl[0]: valid").doesNotContain("[2]: valid")
                .contains("2 datasets, 1 valid, 1 invalid");
        assertThat(r.err()).containsPattern("\\[1]\\.organisations\\[\\d+]: JSON syntax error on line 2");
    }

    @Test
    void aTopLevelArrayIsABundleAndAnEmptyOneIsInvalid() throws IOException {
        Path array = file("array.json", "[" + lines.get(0) + ",\n" + lines.get(2) + "]");
        Run r = run("validate", "--data", array.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("array.json[1]: valid — committee ĐB2");

        Run empty = run("validate", "--data", file("empty.json", "[]").toString(), "--lang", "en");
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("[0]: the JSON document is empty");
    }

    @Test
    void importWritesEachCommitteeInItsOwnTransaction() throws IOException {
        String url = "jdbc:h2:file:" + dir.resolve("bundle-db").toAbsolutePath() + ";MODE=PostgreSQL";
        String seed;
        try (InputStream in = KtgsCliBundleTest.class.getResourceAsStream("/seed-2025.json")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path seedTwice = file("seed-twice.json", seed + seed);

        Run twice = run("import", "--data", seedTwice.toString(), "--jdbc", url);
        assertThat(twice.code()).as(twice.err()).isZero();
        assertThat(twice.out()).contains("[0] ĐB-VPUBND: đã nhập: 8 tổ chức, 30 đảng viên")
                .contains("[1] ĐB-VPUBND: đã có sẵn trong cơ sở dữ liệu, không ghi gì");
    }

    @Test
    void aSyntheticBundleUnderOneBlocCommitteeImportsWholeAndEachCommitteeExportsAsImported() throws IOException {
        String url = "jdbc:h2:file:" + dir.resolve("bundle-db-2").toAbsolutePath() + ";MODE=PostgreSQL";

        Run imported = run("import", "--data", bundle.toString(), "--jdbc", url, "--lang", "en");
        Run again = run("import", "--data", bundle.toString(), "--jdbc", url, "--lang", "en");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("[0] ĐB0: imported: 27 organisations, 500 members")
                .contains("[1] ĐB1: imported: 26 organisations, 500 members")
                .contains("[2] ĐB2: imported: 11 organisations, 200 members");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("[0] ĐB0: already stored, nothing written")
                .contains("[2] ĐB2: already stored, nothing written");
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        for (int i = 0; i < lines.size(); i++) {
            Dataset d = DatasetReader.read(new ByteArrayInputStream(lines.get(i).getBytes(StandardCharsets.UTF_8)));
            String alone = DatasetWriter.toJson(DatasetExporter.export(new DatasetImporter(validator).replay(d)
                    .ports(), d.committee(), d.year(), d.asOf(), d.governingDocuments()));
            Path out = dir.resolve("exported-" + i + ".json");
            Run export = run("export", "--jdbc", url, "--committee", "ĐB" + i, "--year", "2025", "--as-of",
                    "2026-02-02", "--out", out.toString());
            assertThat(export.code()).as(export.err()).isZero();
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(alone);
        }
    }

    /**
     * A child JVM whose heap (48 MB) is far too small for the whole bundle (160 committees, 4,000 cells, 80,000
     * members; a single document of 6,000 cells and 30,000 members, from {@code cli/tools/scale-dataset.py}, runs out
     * of memory at 128 MB) but enough for one committee (24 MB is) classifies every committee.
     */
    @Test
    void classifyingABundleNeedsTheHeapOfOneCommitteeNotOfTheFile() throws Exception {
        Path big = dir.resolve("many.jsonl");
        try (OutputStream out = Files.newOutputStream(big)) {
            assertThat(SyntheticBundle.write(4_000, 11, out)).isEqualTo(160);
        }
        Path stdout = dir.resolve("many.out");
        Path stderr = dir.resolve("many.err");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx48m", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                KtgsCli.class.getName(), "classify", "--data", big.toString(), "--format", "json"));
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();

        int code = p.waitFor();

        assertThat(code).as(Files.readString(stderr)).isZero();
        List<JsonNode> committees = Files.readAllLines(stdout, StandardCharsets.UTF_8).stream()
                .map(KtgsCliBundleTest::json).toList();
        assertThat(committees).extracting(j -> j.get("document").asInt()).containsExactlyElementsOf(
                IntStream.range(0, 160).boxed().toList());
        assertThat(committees.stream().mapToInt(j -> j.get("cells").size()).sum()).isEqualTo(4_000);
    }

    private static JsonNode json(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
