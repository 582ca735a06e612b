package vn.ktgs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.json.JsonRuleCases;
import vn.ktgs.json.JsonRuleCases.CaseResult;
import vn.ktgs.scoring.RuleCases;

/**
 * {@code ktgs test-rules PATH…}: runs the rule cases of each file (a directory: every {@code .json} file below it)
 * and prints each failure as expected against actual with its path and the engine's reason; {@code --format junit}
 * writes JUnit XML for a province's CI. Exit 0 when every case passes, 1 when one fails or a file is not valid.
 */
@Command(name = "test-rules", mixinStandardHelpOptions = true,
        description = "Runs rule cases (a criteria set's expected results, as data) and reports every difference.")
final class TestRulesCommand extends BaseCommand {

    enum Format { text, junit }

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "ktgs.test-rules.paths", description = "rule-case files, or directories of them")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|junit",
            description = "text (the default) or junit (JUnit XML)")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write; default: stdout")
    @Nullable Path out;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            files.addAll(JsonRuleCases.filesIn(Files.isDirectory(p) ? p : existingFile(p)));
        }
        JsonRuleCases runner = new JsonRuleCases(jakarta.validation.Validation.buildDefaultValidatorFactory()
                .getValidator());
        List<List<CaseResult>> results = new ArrayList<>();
        java.util.Map<Path, List<String>> problems = new java.util.LinkedHashMap<>();
        int invalid = 0;
        for (Path file : files) {
            try {
                results.add(runner.run(file, lang.locale()));
            } catch (RejectedException e) {
                invalid++;
                PrintWriter err = spec.commandLine().getErr();
                List<String> lines = new ArrayList<>();
                for (Violation v : e.violations()) {
                    lines.add((v.path().isEmpty() ? "" : v.path() + ": ") + v.message(lang.locale()));
                    err.println(file + ": " + lines.get(lines.size() - 1));
                }
                problems.put(file, lines);
                err.println(text("rules.invalid", file, e.violations().size()));
                err.flush();
            }
        }
        long cases = results.stream().mapToLong(List::size).sum();
        long failed = results.stream().flatMap(List::stream).filter(r -> !r.passed()).count();
        String report = format == Format.junit ? junit(results, problems) : text(results, cases, failed, invalid);
        if (out == null) {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
        } else {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".ktgs-", ".tmp");
            Files.writeString(tmp, report, StandardCharsets.UTF_8);
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return failed == 0 && invalid == 0 ? 0 : KtgsCli.INVALID;
    }

    private String text(List<List<CaseResult>> results, long cases, long failed, int invalid) {
        StringBuilder b = new StringBuilder();
        for (List<CaseResult> file : results) {
            for (CaseResult r : file) {
                b.append(r.passed() ? "  ✓ " : "  ✗ ").append(r.file()).append(' ').append(r.path()).append(' ')
                        .append(r.name()).append('\n');
                for (RuleCases.Mismatch m : r.mismatches()) {
                    b.append("      ").append(m.text(lang.locale())).append('\n');
                }
            }
        }
        b.append(text("rules.summary", cases, cases - failed, failed, invalid)).append('\n');
        return b.toString();
    }

    /**
     * JUnit XML: a test suite a file, a test case a rule case, a failure with every difference; a file that is not
     * valid is a suite with one test case in error, naming its problems (so a CI reading only the XML sees it).
     */
    private String junit(List<List<CaseResult>> results, java.util.Map<Path, List<String>> problems) {
        StringWriter s = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(s);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            for (var bad : problems.entrySet()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", xml(bad.getKey().toString()));
                x.writeAttribute("tests", "1");
                x.writeAttribute("failures", "0");
                x.writeAttribute("errors", "1");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", xml(bad.getKey().toString()));
                x.writeAttribute("name", xml(text("rules.invalid", bad.getKey(), bad.getValue().size())));
                x.writeStartElement("error");
                x.writeAttribute("message", xml(bad.getValue().get(0)));
                x.writeCharacters(xml(String.join("\n", bad.getValue())));
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
            }
            for (List<CaseResult> file : results) {
                if (file.isEmpty()) {
                    continue;
                }
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", xml(file.get(0).file()));
                x.writeAttribute("tests", String.valueOf(file.size()));
                x.writeAttribute("failures", String.valueOf(file.stream().filter(r -> !r.passed()).count()));
                x.writeAttribute("errors", "0");
                for (CaseResult r : file) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("testcase");
                    x.writeAttribute("classname", xml(r.file()));
                    x.writeAttribute("name", xml(r.path() + " " + r.name()));
                    if (!r.passed()) {
                        x.writeStartElement("failure");
                        x.writeAttribute("message", xml(r.mismatches().get(0).text(lang.locale())));
                        StringBuilder all = new StringBuilder();
                        r.mismatches().forEach(m -> all.append(m.text(lang.locale())).append('\n'));
                        x.writeCharacters(xml(all.toString()));
                        x.writeEndElement();
                    }
                    x.writeEndElement();
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return s.toString();
    }

    /** The text with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF) ? c : 0xFFFD));
        return b.toString();
    }
}
