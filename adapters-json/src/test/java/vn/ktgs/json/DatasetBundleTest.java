package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.json.DatasetReader.Document;

/** Bundles: several dataset documents in one file, read one at a time, every problem placed by its document. */
class DatasetBundleTest {

    private static final JsonMapper MAPPER = new JsonMapper();
    private static String sample;
    private static String line;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DatasetBundleTest.class.getResourceAsStream("/datasets/seed-2025.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var out = new ByteArrayOutputStream();
        DatasetWriter.writeLine(DatasetReader.read(new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8))),
                out);
        line = out.toString(StandardCharsets.UTF_8);
    }

    private static List<Document> readAll(String text) {
        List<Document> out = new ArrayList<>();
        int n = DatasetReader.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out::add);
        assertThat(n).isEqualTo(out.size());
        return out;
    }

    private static String withUnknownKey(String key) throws IOException {
        ObjectNode t = (ObjectNode) MAPPER.readTree(sample);
        ((ObjectNode) t.withArray("activities").get(3)).put(key, "x");
        return t.toString();
    }

    @Test
    void aLineOfJsonLinesReadsBackAsTheSameDataset() {
        assertThat(line).doesNotContain("\n  ").endsWith("}\n").hasLineCount(1).contains("Nguyễn Văn Hùng");
        Dataset fromLine = DatasetReader.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));
        assertThat(DatasetWriter.toJson(fromLine)).isEqualTo(sample);
    }

    @Test
    void aFileOfOneDocumentIsNotABundleAndKeepsItsPaths() throws IOException {
        List<Document> one = readAll(sample);
        assertThat(one).singleElement().satisfies(d -> {
            assertThat(d.inBundle()).isFalse();
            assertThat(d.prefix()).isEmpty();
            assertThat(d.dataset()).isNotNull();
            assertThat(d.bytesRead()).isEqualTo(sample.getBytes(StandardCharsets.UTF_8).length - 1);
        });

        List<Document> bad = readAll(withUnknownKey("colour"));
        assertThat(bad).singleElement().satisfies(d -> {
            assertThat(d.dataset()).isNull();
            assertThat(d.violations()).extracting(Violation::path).containsExactly("activities[3].colour");
        });
    }

    @Test
    void jsonLinesConcatenatedDocumentsAndAnArrayAreBundlesReadInOrder() {
        String pretty = sample + sample + sample;
        for (String bundle : List.of(line + line + line, pretty, "[" + line + "," + sample + ",\n" + line + "]")) {
            List<Document> docs = readAll(bundle);
            assertThat(docs).extracting(Document::index, Document::inBundle, Document::prefix)
                    .containsExactly(tuple(0, true, "[0]"), tuple(1, true, "[1]"), tuple(2, true, "[2]"));
            assertThat(docs).allSatisfy(d -> assertThat(d.dataset().committee()).isEqualTo("ĐB-VPUBND"));
            assertThat(docs).extracting(Document::bytesRead).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void anInvalidDocumentIsPlacedByItsIndexAndDoesNotStopTheOthers() throws IOException {
        String bad = withUnknownKey("openedOn");
        List<Document> docs = readAll(line + bad + "\n" + line + "[]\n" + line);

        assertThat(docs).extracting(d -> d.dataset() != null).containsExactly(true, false, true, false, true);
        assertThat(docs.get(1).violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("[1].activities[3].openedOn", "ktgs.data.unknownKey"));
        assertThat(docs.get(3).violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("[3]", "ktgs.json.expected"));
        assertThat(docs.get(0).locate(Violation.of("reports[2].period", "ktgs.json.expected")).path())
                .isEqualTo("[0].reports[2].period");
    }

    @Test
    void aSyntaxErrorStopsTheBundleAtTheDocumentWhereItHappened() {
        List<Document> docs = readAll(line + line.substring(0, 3000) + "\n" + line);

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).dataset()).isNotNull();
        assertThat(docs.get(1).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("ktgs.json.syntax");
            assertThat(v.path()).startsWith("[1].");
        });

        List<Document> garbage = readAll(line + "}\n" + line);
        assertThat(garbage).hasSize(2);
        assertThat(garbage.get(1).violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("[1]", "ktgs.json.syntax"));
    }

    @Test
    void anEmptyFileOrArrayIsOneDocumentWithTheEmptyError() {
        assertThat(readAll("")).singleElement().satisfies(d -> assertThat(d.violations())
                .extracting(Violation::path, Violation::rule).containsExactly(tuple("", "ktgs.json.empty")));
        assertThat(readAll(" [ ] ")).singleElement().satisfies(d -> assertThat(d.violations())
                .extracting(Violation::rule).containsExactly("ktgs.json.empty"));
    }

    @Test
    void readingOneDatasetStillRejectsABundle() {
        RejectedException e = catchThrowableOfType(RejectedException.class, () -> DatasetReader.read(
                new ByteArrayInputStream((line + line).getBytes(StandardCharsets.UTF_8))));
        assertThat(e.violations()).extracting(Violation::rule).containsExactly("ktgs.json.syntax");
    }
}
