package vn.ktgs.testing.rules;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import vn.ktgs.common.RejectedException;
import vn.ktgs.json.JsonRuleCases;

/**
 * Runs a folder of rule-case files in a host's own JUnit 5 build: one dynamic test a case, grouped by file, each
 * failing with every difference (path, expected, actual, the engine's reason); a file that is not valid is one
 * failing test naming its problems. From a test class:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> provinceRules() {
 *     return RuleCaseTests.in(Path.of("src/test/resources/rule-cases"));
 * }
 * }</pre>
 *
 * A Bean Validation provider must be on the test classpath (a case over a dataset replays it through the rules).
 */
public final class RuleCaseTests {

    private RuleCaseTests() {
    }

    /**
     * The cases of every rule-case file below {@code folder} (or of the one file), in Vietnamese. Other JSON files
     * beside them (the criteria sets and datasets the cases name) are left out.
     */
    public static Stream<DynamicNode> in(Path folder) {
        return in(folder, Locale.forLanguageTag("vi"), Validation.buildDefaultValidatorFactory().getValidator());
    }

    /** The same with the reader's language and the host's validator. */
    public static Stream<DynamicNode> in(Path folder, Locale locale, Validator validator) {
        JsonRuleCases runner = new JsonRuleCases(validator);
        List<Path> files;
        try {
            files = JsonRuleCases.filesIn(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no rule-case file (*.json) in " + folder);
        }
        return files.stream().map(file -> {
            List<JsonRuleCases.CaseResult> results;
            try {
                results = runner.run(file, locale);
            } catch (RejectedException e) {
                String problems = e.violations().stream().map(v -> (v.path().isEmpty() ? "" : v.path() + ": ")
                        + v.message(locale)).collect(Collectors.joining("\n"));
                return DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> {
                    throw new AssertionFailedError(file + ":\n" + problems);
                });
            }
            return DynamicContainer.dynamicContainer(file.toString(), file.toUri(), results.stream()
                    .map(r -> DynamicTest.dynamicTest(r.path() + " " + r.name(), () -> {
                        if (!r.passed()) {
                            throw new AssertionFailedError(r.mismatches().stream().map(m -> m.text(locale))
                                    .collect(Collectors.joining("\n")));
                        }
                    })));
        });
    }
}
