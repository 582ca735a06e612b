package vn.ktgs.testing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The helper as a host uses it (the shipped cases as a test factory), and what its failures say. */
class RuleCaseTestsTest {

    static final Path SHIPPED = Path.of("../adapters-json/src/main/resources/vn/ktgs/json/rule-cases");

    @TestFactory
    Stream<DynamicNode> theShippedDefaultSetsCases() {
        return RuleCaseTests.in(SHIPPED);
    }

    @Test
    void aCaseThatFailsIsAFailingTestWithEveryDifference(@TempDir Path dir) throws Throwable {
        Path file = dir.resolve("wrong.json");
        Files.writeString(file, Files.readString(SHIPPED.resolve("default-65-KH-DU-v2.json"))
                .replaceFirst("\"total\": 100,", "\"total\": 99,"));
        List<DynamicTest> tests = new ArrayList<>();
        RuleCaseTests.in(dir).forEach(n -> ((DynamicContainer) n).getChildren()
                .forEach(c -> tests.add((DynamicTest) c)));

        assertThat(tests).hasSize(18);
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
                .hasMessage("cases[0].cells[0].expect.total: mong đợi 99, kết quả 100");
        for (DynamicTest t : tests.subList(1, tests.size())) {
            t.getExecutable().execute();
        }
    }

    @Test
    void anInvalidFileIsOneFailingTestNamingItsProblems(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": 1, \"cases\": []}");

        DynamicTest test = (DynamicTest) RuleCaseTests.in(dir).findFirst().orElseThrow();

        assertThatThrownBy(() -> test.getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("criteriaSet: ");
    }
}
