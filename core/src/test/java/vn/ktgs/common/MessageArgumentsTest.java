package vn.ktgs.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ktgs.architecture.RepositoryRoot;

/**
 * A message names domain words in the reader's language: a value put into a message is a {@link Labelled} value, a
 * name or code from the data, or a number — never an English word written in the code ({@code "organisation"}) nor
 * a Vietnamese-only label ({@code kind.label()}), which would read "không có organisation mã …" or "… this one is
 * Dự thảo". Checked over the main sources of every module of the repository.
 */
class MessageArgumentsTest {

    /** A call that fills a message: the index of its first name/value pair. */
    private static final Pattern CALL = Pattern.compile("(Violation\\.of|Reason\\.of|\\.violation)\\(");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\"[a-z]+( [a-z]+)*\"");
    private static final Pattern VIETNAMESE_ONLY_LABEL = Pattern.compile("\\.label\\(\\)$");
    /** The placeholder {@code {key}} names a key of a data file, written as it is in the file. */
    private static final String FILE_KEY = "\"key\"";
    /** Values the patterns flag that are right, each with its reason. */
    private static final java.util.Set<String> RIGHT = java.util.Set.of(
            // a gate's label is a LocalisedText, a Labelled value rendered in the reader's language
            "core/src/main/java/vn/ktgs/scoring/Scorer.java: \"label\" = g.label()",
            // the name of a query parameter as the URL spells it (?number=12-BC/CB), the same in both languages
            "adapters-rest/src/main/java/vn/ktgs/rest/internal/DocumentResponses.java: \"name\" = \"number\"");

    @Test
    void notFoundNamesTheEntityInTheReadersLanguage() {
        NotFoundException e = new NotFoundException(Entity.ORGANISATION, "ĐB-X");
        assertThat(e.violation().message(Messages.VIETNAMESE)).isEqualTo("không tìm thấy tổ chức ĐB-X");
        assertThat(e.violation().message(Locale.ENGLISH)).isEqualTo("organisation ĐB-X not found");
        assertThat(new NotFoundException(Entity.PLAN_ITEM, "CB/1").violation().message(Messages.VIETNAMESE))
                .isEqualTo("không tìm thấy nội dung kế hoạch CB/1");
        assertThat(e).hasMessage("organisation ĐB-X not found");
    }

    @Test
    void noMessageOfTheRepositoryIsFilledWithAnEnglishWordOrAVietnameseOnlyLabel() throws IOException {
        Path root = RepositoryRoot.find();
        List<String> found = new ArrayList<>();
        int calls = 0;
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        for (Path f : sources) {
            List<String> problems = new ArrayList<>();
            calls += check(Files.readString(f, StandardCharsets.UTF_8), problems);
            String file = root.relativize(f).toString().replace('\\', '/');
            problems.stream().map(p -> file + ": " + p).filter(p -> !RIGHT.contains(p)).forEach(found::add);
        }
        assertThat(calls).as("message calls found").isGreaterThan(150);
        assertThat(found).as("values put into messages that are not in the reader's language").isEmpty();
    }

    @Test
    void theCheckFindsAnEnglishWordAndAVietnameseOnlyLabel() {
        List<String> problems = new ArrayList<>();
        int calls = check("""
                v.add(Violation.of(path, "ktgs.dataset.unknownCode", "kind", "plan item", "code", code));
                v.add(Violation.of("period", "ktgs.report.period.notRequired", "period", p,
                        "kind", p.kind().label()));
                v.add(Violation.of("", "ktgs.x", "count", "organisation".length()));
                n.violation("each", "ktgs.data.unknownKey", "key", "each");
                n.violation(key, "ktgs.dataset.activity.fromPlanItem", "key", key);
                return Reason.of("ktgs.scoring.reason.band", "band", "(0, 1]");
                """, problems);
        assertThat(calls).isEqualTo(6);
        assertThat(problems).containsExactly("\"kind\" = \"plan item\"", "\"kind\" = p.kind().label()");
    }

    /** Adds each bad value of the message calls in {@code source} to {@code problems}; the number of calls. */
    private static int check(String source, List<String> problems) {
        var m = CALL.matcher(source);
        int calls = 0;
        while (m.find()) {
            List<String> args = arguments(source, m.end());
            int first = m.group(1).equals("Reason.of") ? 1 : 2;
            if (args.size() < first + 2) {
                continue;
            }
            calls++;
            for (int i = first; i + 1 < args.size(); i += 2) {
                String value = args.get(i + 1);
                if (!args.get(i).equals(FILE_KEY) && (ENGLISH_WORDS.matcher(value).matches()
                        || VIETNAMESE_ONLY_LABEL.matcher(value).find())) {
                    problems.add(args.get(i) + " = " + value);
                }
            }
        }
        return calls;
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}, trimmed. */
    private static List<String> arguments(String s, int from) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(s, i);
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ')' || (c == ',' && depth == 0)) {
                out.add(s.substring(start, i).strip().replaceAll("\\s+", " "));
                start = i + 1;
                if (c == ')') {
                    return out;
                }
            }
        }
        return out;
    }

    /** The index of the quote that closes the literal opened at {@code i} (text blocks are not message values). */
    private static int endOfLiteral(String s, int i) {
        char quote = s.charAt(i);
        for (int j = i + 1; j < s.length(); j++) {
            if (s.charAt(j) == '\\') {
                j++;
            } else if (s.charAt(j) == quote) {
                return j;
            }
        }
        return s.length();
    }
}
