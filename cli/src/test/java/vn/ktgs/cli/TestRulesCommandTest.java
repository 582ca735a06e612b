package vn.ktgs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.cli.KtgsCliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.ktgs.cli.KtgsCliTest.Run;

/** {@code ktgs test-rules}: the shipped cases pass, a wrong expectation fails with its path, JUnit XML for CI. */
class TestRulesCommandTest {

    static final Path SHIPPED = Path.of("../adapters-json/src/main/resources/vn/ktgs/json/rule-cases");

    @TempDir
    Path dir;

    @Test
    void theShippedCasesPassAndExitZero() {
        Run r = run("test-rules", SHIPPED.toString(), "--lang", "en");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("✓ ").doesNotContain("✗ ").endsWith(String.format(
                "18 cases: 18 passed, 0 failed; 0 files not valid%n"));
    }

    @Test
    void aCaseThatFailsPrintsExpectedAndActualWithThePathAndExitsOne() throws IOException {
        Path file = wrong();

        Run en = run("test-rules", file.toString(), "--lang", "en");
        Run vi = run("test-rules", file.toString());

        assertThat(en.code()).isEqualTo(1);
        assertThat(en.out()).contains("✗ " + file + " cases[0] every criterion full")
                .contains("      cases[0].cells[0].expect.total: expected 99, got 100")
                .contains("18 cases: 17 passed, 1 failed; 0 files not valid");
        assertThat(vi.code()).isEqualTo(1);
        assertThat(vi.out()).contains("cases[0].cells[0].expect.total: mong đợi 99, kết quả 100")
                .contains("18 trường hợp: 17 đạt, 1 không đạt; 0 tệp không hợp lệ");
    }

    @Test
    void junitXmlNamesEachCaseAndItsFailure() throws Exception {
        Path xml = dir.resolve("TEST-rules.xml");

        Run r = run("test-rules", wrong().toString(), "--format", "junit", "--out", xml.toString(), "--lang", "en");

        assertThat(r.code()).isEqualTo(1);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("18");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("cases[0].cells[0].expect.total: expected 99, got 100");
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).startsWith("cases[0] every criterion");
    }

    @Test
    void anInvalidFileIsNamedByItsPathsAndExitsOne() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"criteriaSet\": {\"id\": \"x\", \"version\": 1}, \"cases\": []}");

        Run r = run("test-rules", file.toString(), "--lang", "en");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(file + ": criteriaSet: no shipped criteria set x version 1")
                .contains(file + ": 1 error(s), no case run");
        assertThat(run("test-rules", dir.resolve("none.json").toString()).code()).isEqualTo(2);
    }

    private Path wrong() throws IOException {
        Path file = dir.resolve("wrong.json");
        Files.writeString(file, Files.readString(SHIPPED.resolve("default-65-KH-DU-v2.json"))
                .replaceFirst("\"total\": 100,", "\"total\": 99,"));
        return file;
    }
}
