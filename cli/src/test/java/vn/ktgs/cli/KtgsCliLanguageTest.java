package vn.ktgs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.cli.KtgsCliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.ktgs.cli.KtgsCliTest.Run;

/**
 * Every command, its help and its usage errors run in both languages: no line a person reads is in the other
 * language. The check is by word lists: common English words that no Vietnamese line of the tool uses, and
 * Vietnamese words that no English line uses — once the names and titles of the dataset (Vietnamese in both) are
 * taken out of the line, and option names, paths and codes are left aside.
 */
class KtgsCliLanguageTest {

    /** Words of English sentences; the tool's Vietnamese lines must not contain them. */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "is", "not", "no", "for", "with", "error",
            "errors", "valid", "invalid", "imported", "stored", "written", "reading", "committee", "year", "members",
            "member", "file", "missing", "unknown", "usage", "options", "option", "days", "status", "code",
            "submitted", "deadline", "total", "level", "points", "value", "band", "counted", "met", "per", "required",
            "command", "commands", "help", "show", "print", "version", "exit", "success", "failure", "database",
            "nothing", "datasets", "organisations", "documents", "plans", "activities", "reports", "late", "time",
            "scores", "scorecard", "criteria", "set", "default", "language", "messages", "run");

    /** Words of Vietnamese sentences; the tool's English lines must not contain them. */
    private static final Pattern VIETNAMESE = Pattern.compile("(?iu)(?<![\\p{L}])(của|không|và|là|được|các|những|"
            + "lỗi|hợp lệ|tệp|ngày chốt|trong|cho|với|đã|chưa|điểm|mức|tổ chức|đảng viên|kế hoạch|báo cáo|năm|"
            + "tùy chọn|cách dùng|lệnh|mã|hạn|đúng hạn|tình trạng|chỉ tiêu|xếp loại|nhiệm vụ)(?![\\p{L}])");

    @TempDir
    static Path dir;
    static Path seed;
    static Path bad;
    /** The dataset's own text (names, titles, contents): Vietnamese in both languages, longest first. */
    static List<String> data;

    @BeforeAll
    static void copySample() throws IOException {
        seed = dir.resolve("seed-2025.json");
        try (InputStream in = KtgsCliLanguageTest.class.getResourceAsStream("/seed-2025.json")) {
            Files.copy(in, seed);
        }
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        bad = dir.resolve("bad.json");
        Files.writeString(bad, text.replaceFirst("\"status\": \"FULL\"", "\"status\": \"HONORARY\"")
                .replaceFirst("\"fullName\": \"Nguyễn Văn Hùng\"", "\"fullName\": \"Nguyễn Văn Hùng\", \"age\": 50"));
        List<String> strings = new ArrayList<>();
        collect(new JsonMapper().readTree(text), strings);
        List<String> ignored = new ArrayList<>();
        JsonNode cases = new JsonMapper().readTree(Files.readString(Path.of(
                "../adapters-json/src/main/resources/vn/ktgs/json/rule-cases/default-65-KH-DU-v2.json")));
        collect(cases, ignored);
        try (InputStream in = KtgsCliLanguageTest.class.getResourceAsStream(
                vn.ktgs.json.JsonCriteriaSets.DEFAULT_RESOURCE)) {
            JsonNode set = new JsonMapper().readTree(in);
            collect(set, ignored);
            set.get("criteria").forEach(c -> KEYS.add(c.get("id").asText()));
        }
        strings.sort(Comparator.comparingInt(String::length).reversed());
        data = strings;
    }

    private static void collect(JsonNode node, List<String> into) {
        if (node.isTextual() && node.asText().contains(" ")) {
            into.add(node.asText());
        }
        node.fieldNames().forEachRemaining(KEYS::add);
        node.forEach(child -> collect(child, into));
    }

    /**
     * The keys of the data formats (the dataset's, the rule cases', the criteria set's) and the criteria's ids: a
     * message names them as the file writes them ("unsupported key: committee", "cases[4] reports: …").
     */
    static final Set<String> KEYS = new java.util.HashSet<>();

    /** What each command prints, and its help and its usage errors, in {@code lang}. */
    private static List<String> everything(String lang) {
        List<Run> runs = new ArrayList<>();
        String url = "jdbc:h2:file:" + dir.resolve("db-" + lang).toAbsolutePath() + ";MODE=PostgreSQL";
        for (String command : new String[] {"validate", "classify", "report", "import", "export", "plan", "conclusion",
            "test-rules", "overdue", "what-it-takes"}) {
            runs.add(run(command, "--help", "--lang", lang));
        }
        runs.add(run("classify", "--data", seed.toString(), "--format", "pdf", "--number", "20-BC/ĐU", "--out",
                dir.resolve("classify-" + lang + ".pdf").toString(), "--lang", lang));
        runs.add(run("classify", "--data", seed.toString(), "--format", "pdf", "--lang", lang));
        runs.add(run("plan", "--data", seed.toString(), "--org", "CB-KT", "--format", "docx", "--number", "01-KH/CB",
                "--out", dir.resolve("plan-" + lang + ".docx").toString(), "--lang", lang));
        runs.add(run("plan", "--data", seed.toString(), "--org", "CB-X9", "--format", "docx", "--lang", lang));
        runs.add(run("conclusion", "--data", seed.toString(), "--org", "CB-KT", "--subject", "x y z", "--format", "pdf",
                "--lang", lang));
        runs.add(run("--help", "--lang", lang));
        runs.add(run("--lang", lang));
        runs.add(run("--lang", lang, "validate", "--data", bad.toString()));
        runs.add(run("test-rules", "../adapters-json/src/main/resources/vn/ktgs/json/rule-cases", "--lang", lang));
        runs.add(run("test-rules", bad.toString(), "--lang", lang));
        runs.add(run("overdue", "--data", seed.toString(), "--lang", lang));
        runs.add(run("overdue", "--data", seed.toString(), "--on", "2025-11-01", "--rules",
                "../adapters-json/src/main/resources/vn/ktgs/json/follow-up-rules-default.json", "--lang", lang));
        runs.add(run("what-it-takes", "--data", seed.toString(), "--on", "2025-09-01", "--lang", lang));
        runs.add(run("what-it-takes", "--data", seed.toString(), "--cell", "CB-TH", "--lang", lang));
        runs.add(run("what-it-takes", "--data", seed.toString(), "--cell", "CB-X9", "--lang", lang));
        runs.add(run("what-it-takes", "--data", seed.toString(), "--cell", "ĐB-VPUBND", "--lang", lang));
        runs.add(run("validate", "--data", seed.toString(), "--lang", lang));
        runs.add(run("validate", "--data", bad.toString(), "--lang", lang));
        runs.add(run("classify", "--data", seed.toString(), "--lang", lang));
        runs.add(run("report", "--data", seed.toString(), "--period", "2025-Q3", "--lang", lang));
        runs.add(run("import", "--data", seed.toString(), "--jdbc", url, "--lang", lang));
        runs.add(run("import", "--data", seed.toString(), "--jdbc", url, "--lang", lang));
        runs.add(run("export", "--jdbc", url, "--committee", "ĐB-X9", "--year", "2025", "--lang", lang));
        runs.add(run("export", "--jdbc", url, "--committee", "ĐB-VPUBND", "--year", "2025", "--lang", lang,
                "--out", dir.resolve("export-" + lang + ".json").toString()));
        runs.add(run("validate", "--lang", lang));
        runs.add(run("validate", "--data", dir.resolve("nothing.json").toString(), "--lang", lang));
        runs.add(run("validate", "--data", dir.toString(), "--lang", lang));
        runs.add(run("validate", "--data", seed.toString(), "--colour", "--lang", lang));
        runs.add(run("report", "--data", seed.toString(), "--period", "2025-Q9", "--lang", lang));
        runs.add(run("classify", "--data", seed.toString(), "--format", "xml", "--lang", lang));
        runs.add(run("classify", "--data", seed.toString(), "--year", "x", "--lang", lang));
        runs.add(run("import", "--data", seed.toString(), "--jdbc", "jdbc:oracle:thin:@x", "--lang", lang));
        List<String> lines = new ArrayList<>();
        for (Run r : runs) {
            lines.addAll(r.out().lines().toList());
            lines.addAll(r.err().lines().toList());
        }
        return lines;
    }

    /** The line without the dataset's own text. */
    private static String withoutData(String line) {
        String rest = line;
        for (String s : data) {
            rest = rest.replace(s, " ");
        }
        return rest;
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyLineIsInTheReadersLanguage(String lang) {
        List<String> lines = everything(lang);
        assertThat(lines).hasSizeGreaterThan(150);
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            String text = withoutData(line);
            if (lang.equals("en") ? VIETNAMESE.matcher(text).find() : hasEnglish(text)) {
                wrong.add(line);
            }
        }
        assertThat(wrong).as("lines in the wrong language").isEmpty();
    }

    /**
     * Whether the line has a word of an English sentence, leaving aside what is not prose: option names, paths
     * ({@code members[0].age}), codes and placeholders ({@code FILE}, {@code ĐB-VPUBND}, {@code table|json}).
     */
    private static boolean hasEnglish(String line) {
        for (String word : line.split("[\\s,;:()'\"/]+")) {
            String token = word.replaceAll("[.!?\\]]+$", "");
            if (token.isEmpty() || token.startsWith("-") || KEYS.contains(token)
                    || !token.chars().allMatch(Character::isLetter)
                    || token.equals(token.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (ENGLISH.contains(token.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theWordListsCatchALineInTheOtherLanguage(String lang) {
        // the check itself can fail: the other language's lines are caught
        List<String> other = everything(lang.equals("vi") ? "en" : "vi");
        long caught = other.stream().map(KtgsCliLanguageTest::withoutData)
                .filter(l -> lang.equals("en") ? VIETNAMESE.matcher(l).find() : hasEnglish(l)).count();
        assertThat(caught).isGreaterThan(other.size() / 3);
    }
}
