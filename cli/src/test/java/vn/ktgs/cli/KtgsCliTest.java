package vn.ktgs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command run in-process, with its output and exit code. */
class KtgsCliTest {

    @TempDir
    static Path dir;
    static Path seed;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void copySample() throws IOException {
        seed = dir.resolve("seed-2025.json");
        try (InputStream in = KtgsCliTest.class.getResourceAsStream("/seed-2025.json")) {
            Files.copy(in, seed);
        }
    }

    static Run run(String... args) {
        CommandLine cl = KtgsCli.commandLine(new JdbcPortsFactory(
                java.time.Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validateAcceptsTheSampleDataset() {
        Run r = run("validate", "--data", seed.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("valid — committee ĐB-VPUBND, year 2025, as of 2026-02-02: 8 organisations, 30 members");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateReportsEveryErrorWithItsPathAndExitsWithOne() throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8)
                .replaceFirst("\"fullName\": \"Nguyễn Văn Hùng\"", "\"fullName\": \"Nguyễn Văn Hùng\", \"age\": 50")
                .replaceFirst("\"status\": \"FULL\"", "\"status\": \"HONORARY\"");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text, StandardCharsets.UTF_8);

        Run en = run("validate", "--data", bad.toString(), "--lang", "en");
        Run vi = run("validate", "--data", bad.toString());

        assertThat(en.code()).isEqualTo(1);
        assertThat(en.err()).contains("members[0].age: unsupported key: age")
                .contains("memberships[0].status: the value HONORARY is not allowed")
                .contains("2 error(s)");
        assertThat(en.out()).isEmpty();
        assertThat(vi.code()).isEqualTo(1);
        assertThat(vi.err()).contains("members[0].age: ").contains("2 lỗi");
    }

    @Test
    void aDomainRuleBrokenInTheDatasetIsNamedByItsPath() throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8).replace("\"asOf\": \"2026-02-02\"",
                "\"asOf\": \"2025-12-31\"");
        Path early = dir.resolve("early.json");
        Files.writeString(early, text, StandardCharsets.UTF_8);

        Run r = run("validate", "--data", early.toString(), "--lang", "en");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("reports[").contains("is after the dataset's as-of day 2025-12-31");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("validate").code()).isEqualTo(2);
        assertThat(run("classify", "--data", seed.toString(), "--format", "xml").code()).isEqualTo(2);
        assertThat(run("report", "--data", seed.toString(), "--period", "2025-Q9").code()).isEqualTo(2);
        assertThat(run("validate", "--data", dir.resolve("missing.json").toString()).code()).isEqualTo(2);
        Run none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("cần chỉ ra một lệnh");
    }

    @Test
    void usageErrorsAreWordedInTheReadersLanguageWithTheWayToTheHelp() {
        Run missing = run("validate", "--lang", "en");
        assertThat(missing.err()).isEqualTo(String.format("ktgs: missing required option: --data=FILE%n"
                + "Run 'ktgs validate --help' for how to use it.%n"));
        assertThat(run("validate").err()).startsWith("ktgs: thiếu tùy chọn bắt buộc: --data=FILE");
        assertThat(run("classify", "--data", seed.toString(), "--format", "xml").err())
                .startsWith("ktgs: giá trị không hợp lệ cho --format: 'xml' (chọn một trong: table, json, docx, pdf, xlsx, csv)");
        assertThat(run("classify", "--data", seed.toString(), "--year", "năm", "--lang", "en").err())
                .startsWith("ktgs: invalid value for --year: 'năm'");
        assertThat(run("validate", "--data", seed.toString(), "--colour").err())
                .startsWith("ktgs: tùy chọn không có: --colour");
        assertThat(run("report", "--data", seed.toString(), "--period", "2025-Q9", "--lang", "en").err())
                .startsWith("ktgs: not a period code: 2025-Q9");
        assertThat(run("report", "--data", seed.toString(), "--period", "2025-Q9").err())
                .startsWith("ktgs: không phải mã kỳ báo cáo: 2025-Q9");
        assertThat(run("validate", "--data", dir.resolve("missing.json").toString()).err())
                .startsWith("ktgs: không có tệp: ");
    }

    @Test
    void aDirectoryGivenAsTheDataIsAUsageError() {
        for (String command : new String[] {"validate", "classify", "report"}) {
            Run r = command.equals("report") ? run(command, "--data", dir.toString(), "--period", "2025", "--lang", "en")
                    : run(command, "--data", dir.toString(), "--lang", "en");
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).startsWith("ktgs: " + dir + " is a directory, not a file");
        }
        Run criteria = run("classify", "--data", seed.toString(), "--criteria", dir.toString());
        assertThat(criteria.code()).isEqualTo(2);
        assertThat(criteria.err()).startsWith("ktgs: " + dir + " là một thư mục, không phải một tệp");
    }

    @Test
    void everyCommandHasHelpInBothLanguages() {
        for (String command : new String[] {"validate", "classify", "report", "import", "export"}) {
            Run vi = run(command, "--help");
            assertThat(vi.code()).as(command).isZero();
            assertThat(vi.out()).as(command).contains("Cách dùng: ktgs " + command).contains("Tùy chọn:")
                    .contains("--lang=vi|en");
            Run en = run(command, "--help", "--lang", "en");
            assertThat(en.code()).as(command).isZero();
            assertThat(en.out()).as(command).contains("Usage: ktgs " + command).contains("Options:");
        }
        assertThat(run("--help").out()).contains("Mã thoát:").contains("classify");
    }

    /** Version 1 of the shipped set, written to a file (as a host keeping the old set passes it). */
    private static Path versionOne() throws IOException {
        Path v1 = dir.resolve("criteria-default-65-KH-DU-v1.json");
        if (!Files.exists(v1)) {
            try (InputStream in = KtgsCliTest.class.getResourceAsStream(
                    vn.ktgs.json.JsonCriteriaSets.DEFAULT_V1_RESOURCE)) {
                Files.copy(in, v1);
            }
        }
        return v1;
    }

    @Test
    void classifyPrintsTheScorecardsInVietnamese() {
        Run r = run("classify", "--data", seed.toString());
        assertThat(r.code()).isZero();
        // default set version 2: CB-NC 95 stays excellent; CB-KT 95 is held at good (a member warned in the year)
        assertThat(r.out()).contains("ktgs-default-65-KH-DU phiên bản 2").containsPattern("CB-NC .* 95 .*Hoàn thành xuất sắc nhiệm vụ")
                .containsPattern("CB-KT .* 95 .*Hoàn thành tốt nhiệm vụ")
                .contains("CB-TTPV").contains("Không hoàn thành nhiệm vụ");
    }

    @Test
    void classifyPrintsTheScorecardsInEnglish() {
        Run r = run("classify", "--data", seed.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("CB-KT").contains("92.5").containsIgnoringCase("excellent")
                .contains("Did not complete tasks").contains("A member of the cell disciplined in the year");
    }

    @Test
    void classifyUnderVersionOneOfTheShippedSetGivesTheFiguresItGaveBefore() throws IOException {
        Run r = run("classify", "--data", seed.toString(), "--format", "json", "--lang", "en", "--criteria",
                versionOne().toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new JsonMapper().readTree(r.out());
        assertThat(json.get("criteriaSetVersion").asInt()).isEqualTo(1);
        assertThat(json.get("cells")).extracting(c -> c.get("total").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("92", "90", "97.5", "97.5", "95", "81");
        assertThat(json.get("cells")).extracting(c -> c.get("level").asText())
                .containsExactly("GOOD", "GOOD", "EXCELLENT", "GOOD", "GOOD", "NOT_COMPLETED");
        assertThat(json.get("distribution").get("EXCELLENT").asInt()).isEqualTo(1);
        assertThat(json.get("distribution").get("GOOD").asInt()).isEqualTo(4);
    }

    @Test
    void classifyJsonParsesAndCarriesTheExplanations() throws IOException {
        Run r = run("classify", "--data", seed.toString(), "--format", "json", "--lang", "en");
        assertThat(r.code()).isZero();
        JsonNode json = new JsonMapper().readTree(r.out());
        assertThat(json.get("committee").asText()).isEqualTo("ĐB-VPUBND");
        assertThat(json.get("criteriaSetVersion").asInt()).isEqualTo(2);
        assertThat(json.get("cells")).hasSize(6);
        JsonNode kt = json.get("cells").get(2);
        assertThat(kt.get("code").asText()).isEqualTo("CB-KT");
        assertThat(kt.get("total").decimalValue()).isEqualByComparingTo("95");
        assertThat(kt.get("byScore").asText()).isEqualTo("EXCELLENT");
        assertThat(kt.get("level").asText()).isEqualTo("GOOD");
        assertThat(kt.get("gates").get(0).asText()).contains("(excellent-no-member-disciplined)", "is 1, at least 1");
        assertThat(kt.get("criteria").get(0).get("reason").asText()).isNotBlank();
        assertThat(kt.get("criteria").get(0).get("state").asText()).isEqualTo("SCORED");
        assertThat(json.get("cells").get(5).get("gates").get(0).asText()).isNotBlank();
    }

    @Test
    void classifyJsonCarriesTheCommitteesLevelCountsAsTheTableDoes() throws IOException {
        JsonNode json = new JsonMapper().readTree(run("classify", "--data", seed.toString(), "--format", "json",
                "--lang", "en").out());
        JsonNode levels = json.get("distribution");
        assertThat(levels.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");
        assertThat(levels.get("EXCELLENT").asInt()).isEqualTo(1);
        assertThat(levels.get("GOOD").asInt()).isEqualTo(4);
        assertThat(levels.get("COMPLETED").asInt()).isZero();
        assertThat(levels.get("NOT_COMPLETED").asInt()).isEqualTo(1);
        // the same counts as the cells' levels, and as the table prints
        long good = 0;
        for (JsonNode c : json.get("cells")) {
            good += c.get("level").asText().equals("GOOD") ? 1 : 0;
        }
        assertThat(good).isEqualTo(4);
        assertThat(run("classify", "--data", seed.toString(), "--lang", "en").out())
                .containsPattern("Well completed tasks +4\\n");
    }

    @Test
    void classifyJsonShowsANotApplicableCriterionAsSuchWithNoPoints() throws IOException {
        // no document whose dissemination counts: dissemination is not applicable in every cell
        String text = Files.readString(seed, StandardCharsets.UTF_8).replaceFirst(
                "\"governingDocuments\" *: *\\[[^\\]]*\\]", "\"governingDocuments\": []");
        Path none = dir.resolve("no-governing.json");
        Files.writeString(none, text, StandardCharsets.UTF_8);
        Run r = run("classify", "--data", none.toString(), "--format", "json", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode th = new JsonMapper().readTree(r.out()).get("cells").get(4);
        JsonNode dissemination = null;
        for (JsonNode c : th.get("criteria")) {
            if (c.get("id").asText().equals("dissemination")) {
                dissemination = c;
            }
        }
        assertThat(dissemination.get("state").asText()).isEqualTo("EXCLUDED");
        assertThat(dissemination.get("points").isNull()).isTrue();
        assertThat(dissemination.get("reason").asText()).isEqualTo("nothing to count: left out, and the total is rescaled");
        assertThat(th.get("renormalisation").asText()).startsWith("criteria not applicable: 1 (5 points), left out; total rescaled = ")
                .endsWith("× 100 = " + th.get("total").decimalValue().stripTrailingZeros().toPlainString());
        assertThat(run("classify", "--data", none.toString(), "--lang", "en").out())
                .contains("criteria not applicable: 1 (5 points)");
    }

    @Test
    void cellsAreListedInVietnameseAlphabeticalOrderInTheTableTheJsonAndTheReport() throws IOException {
        // CB-TTPV renamed CB-ĐTPV: Đ sorts between D and E, so before CB-HCTC (Unicode would put it after CB-TH)
        Path renamed = dir.resolve("renamed.json");
        Files.writeString(renamed, Files.readString(seed, StandardCharsets.UTF_8).replace("CB-TTPV", "CB-ĐTPV"),
                StandardCharsets.UTF_8);
        JsonNode json = new JsonMapper().readTree(run("classify", "--data", renamed.toString(), "--format", "json")
                .out());
        assertThat(json.get("cells")).extracting(c -> c.get("code").asText())
                .containsExactly("CB-ĐTPV", "CB-HCTC", "CB-KGVX", "CB-KT", "CB-NC", "CB-TH");
        String table = run("classify", "--data", renamed.toString()).out();
        assertThat(table.indexOf("  CB-ĐTPV ")).isPositive().isLessThan(table.indexOf("  CB-HCTC "));
        String report = run("report", "--data", renamed.toString(), "--period", "2025-Q3", "--lang", "en").out();
        assertThat(report.indexOf("\nCB-ĐTPV ")).isPositive().isLessThan(report.indexOf("\nCB-HCTC "));
    }

    @Test
    void classifyJsonQuotesTheSourcesOfTheQuotaAndTheGatesInTheReadersLanguage() throws IOException {
        JsonNode vi = new JsonMapper().readTree(run("classify", "--data", seed.toString(), "--format", "json").out());
        JsonNode en = new JsonMapper().readTree(run("classify", "--data", seed.toString(), "--format", "json",
                "--lang", "en").out());

        // the quota demotes CB-TH (92.5, ranked 2 of the two excellent after the gates)
        assertThat(vi.get("cells").get(4).get("quota").get(0).asText())
                .contains("(theo quy định địa phương tùy chọn, không có trong 366-QĐ/TW và 43-HD/BTCTW đang có hiệu lực: "
                        + "theo hướng dẫn trước đây (124-QĐ/TW, đã được thay thế)");
        assertThat(vi.get("cells").get(5).get("gates").get(0).asText())
                .endsWith("(theo 366-QĐ/TW: mức hoàn thành nhiệm vụ cho phép tối đa 20% nhiệm vụ không đúng hạn)");
        assertThat(en.get("cells").get(4).get("quota").get(0).asText()).endsWith("(per optional local rule, not in "
                + "366-QĐ/TW and 43-HD/BTCTW in force: after earlier guidance (124-QĐ/TW, since replaced), excellent at "
                + "most 20% of those rated good; order and tie-break (codes in Vietnamese alphabetical order): default)");
        assertThat(en.get("cells").get(5).get("gates").get(0).asText())
                .endsWith("(per 366-QĐ/TW: completed allows at most 20% of tasks late)");
    }

    @Test
    void reportGivesFiguresAndTimelinessOfEveryOrganisation() {
        Run r = run("report", "--data", seed.toString(), "--period", "2025-Q3", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ĐB-VPUBND").containsPattern("CB-KGVX .*Overdue, not submitted .*115 days")
                .contains("CB-TTPV").contains("F11");
        Run q2 = run("report", "--data", seed.toString(), "--period", "2025-Q2", "--lang", "en");
        assertThat(q2.out()).containsPattern("CB-HCTC .*Late.*2025-07-15");
    }

    @Test
    void importsIntoAnH2FileOnceAndExportsTheSameDataset() throws IOException {
        String url = "jdbc:h2:file:" + dir.resolve("ktgs-db").toAbsolutePath() + ";MODE=PostgreSQL";
        Run first = run("import", "--data", seed.toString(), "--jdbc", url, "--lang", "en");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("imported: 8 organisations, 30 members");
        Run again = run("import", "--data", seed.toString(), "--jdbc", url, "--lang", "en");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("already stored, nothing written");

        Path exported = dir.resolve("exported.json");
        Run export = run("export", "--jdbc", url, "--committee", "ĐB-VPUBND", "--year", "2025", "--as-of",
                "2026-02-02", "--out", exported.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(exported)).isEqualTo(Files.readString(seed));
    }

    @Test
    void aUrlThatIsNeitherH2NorPostgreSqlIsAUsageError() {
        Run r = run("import", "--data", seed.toString(), "--jdbc", "jdbc:oracle:thin:@x", "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not an H2 or PostgreSQL JDBC URL: jdbc:oracle:thin:@x");
        assertThat(run("export", "--jdbc", "jdbc:oracle:thin:@x", "--committee", "X", "--year", "2025").err())
                .contains("không phải URL JDBC của H2 hay PostgreSQL: jdbc:oracle:thin:@x");
    }

    @Test
    void aDatabaseThatFailsMidImportExitsWithThreeAndNamesTheCauseWithoutAStackTrace() {
        PortsFactory failing = url -> new PortsFactory.Database() {
            @Override
            public vn.ktgs.Ports ports() {
                throw new IllegalStateException("unused");
            }

            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                throw new RuntimeException("kết nối bị ngắt", new java.net.SocketException("Connection reset"));
            }
        };
        for (String lang : new String[] {"vi", "en"}) {
            CommandLine cl = KtgsCli.commandLine(failing);
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(new StringWriter(), true));
            cl.setErr(new PrintWriter(err, true));

            int code = cl.execute("import", "--data", seed.toString(), "--jdbc", "jdbc:h2:mem:x", "--lang", lang);

            assertThat(code).isEqualTo(KtgsCli.FAILED);
            assertThat(err.toString()).contains(lang.equals("vi") ? "ktgs: lỗi khi chạy: " : "ktgs: failed: ")
                    .contains("RuntimeException: kết nối bị ngắt ← SocketException: Connection reset")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void runningOutOfMemoryIsReportedWithTheWayOut() {
        assertThat(KtgsCli.failure(new OutOfMemoryError("Java heap space"), true))
                .isEqualTo("ktgs: out of memory (OutOfMemoryError: Java heap space); give Java a larger heap, e.g."
                        + " JAVA_OPTS=-Xmx4g");
        assertThat(KtgsCli.failure(new OutOfMemoryError("Java heap space"), false)).startsWith("ktgs: hết bộ nhớ");
    }

    @Test
    void importAndExportCloseTheDatabaseTheyOpenedEvenWhenTheyFail() throws IOException {
        java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();
        JdbcPortsFactory real = new JdbcPortsFactory(java.time.Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        PortsFactory counting = url -> {
            PortsFactory.Database db = real.open(url);
            opened.incrementAndGet();
            return new PortsFactory.Database() {
                @Override
                public vn.ktgs.Ports ports() {
                    return db.ports();
                }

                @Override
                public <T> T inTransaction(java.util.function.Supplier<T> work) {
                    return db.inTransaction(work);
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                    db.close();
                }
            };
        };
        String url = "jdbc:h2:file:" + dir.resolve("closing").toAbsolutePath() + ";MODE=PostgreSQL";
        CommandLine cl = KtgsCli.commandLine(counting);
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));

        assertThat(cl.execute("import", "--data", seed.toString(), "--jdbc", url)).isZero();
        assertThat(cl.execute("export", "--jdbc", url, "--committee", "ĐB-VPUBND", "--year", "2025",
                "--out", dir.resolve("closing.json").toString())).isZero();
        assertThat(cl.execute("export", "--jdbc", url, "--committee", "KHÔNG-CÓ", "--year", "2025")).isNotZero();

        assertThat(opened.get()).isEqualTo(3);
        assertThat(closed.get()).isEqualTo(3);
    }

    @Test
    void anUnknownCommitteeOnExportIsTheInputsFaultAndNamesTheCode() {
        String url = "jdbc:h2:file:" + dir.resolve("export-unknown").toAbsolutePath() + ";MODE=PostgreSQL";
        assertThat(run("import", "--data", seed.toString(), "--jdbc", url).code()).isZero();

        Run vi = run("export", "--jdbc", url, "--committee", "KHÔNG-CÓ", "--year", "2025");
        Run en = run("export", "--jdbc", url, "--committee", "KHÔNG-CÓ", "--year", "2025", "--lang", "en");

        assertThat(vi.code()).isEqualTo(KtgsCli.INVALID);
        assertThat(vi.err()).isEqualTo(String.format("ktgs: trong cơ sở dữ liệu không có đảng bộ mã KHÔNG-CÓ%n"));
        assertThat(en.code()).isEqualTo(KtgsCli.INVALID);
        assertThat(en.err()).isEqualTo(String.format("ktgs: the database has no committee coded KHÔNG-CÓ%n"));
        Path typo = dir.resolve("export-typo");
        assertThat(run("export", "--jdbc", "jdbc:h2:file:" + typo.toAbsolutePath() + ";MODE=PostgreSQL", "--committee",
                "ĐB-VPUBND", "--year", "2025").code()).isEqualTo(KtgsCli.INVALID);
        assertThat(dir.resolve("export-typo.mv.db")).as("a mistyped URL leaves no new database").doesNotExist();
    }

    @Test
    void eachExitCodeMeansWhatTheHelpSays() throws IOException {
        String url = "jdbc:h2:file:" + dir.resolve("codes").toAbsolutePath() + ";MODE=PostgreSQL";
        assertThat(run("validate", "--data", seed.toString()).code()).isEqualTo(0);
        assertThat(run("import", "--data", seed.toString(), "--jdbc", url).code()).isEqualTo(0);
        Path bad = dir.resolve("codes-bad.json");
        Files.writeString(bad, Files.readString(seed).replaceFirst("\"status\": \"FULL\"", "\"status\": \"X\""));
        assertThat(run("validate", "--data", bad.toString()).code()).isEqualTo(1);
        assertThat(run("export", "--jdbc", url, "--committee", "KHÔNG-CÓ", "--year", "2025").code()).isEqualTo(1);
        assertThat(run("validate", "--data", dir.toString()).code()).isEqualTo(2);
        assertThat(run("validate", "--data", dir.resolve("none.json").toString()).code()).isEqualTo(2);
        assertThat(run("export", "--jdbc", url, "--committee", "ĐB-VPUBND").code()).isEqualTo(2);
        // 3 (a fault that is not the input's): aDatabaseThatFailsMidImportExitsWithThree…, runningOutOfMemory…
    }

    @Test
    void aRejectedImportCreatesNoDatabaseFile() throws IOException {
        Path early = dir.resolve("rejected-early.json");
        Files.writeString(early, Files.readString(seed).replace("\"asOf\": \"2026-02-02\"", "\"asOf\": \"2025-12-31\""));
        Path unreadable = dir.resolve("rejected-syntax.json");
        Files.writeString(unreadable, "{\"schemaVersion\": 1, ");
        int i = 0;
        for (Path rejected : new Path[] {early, unreadable}) {
            Path db = dir.resolve("rejected-" + i++);
            String url = "jdbc:h2:file:" + db.toAbsolutePath() + ";MODE=PostgreSQL";

            Run r = run("import", "--data", rejected.toString(), "--jdbc", url);

            assertThat(r.code()).as(r.err()).isEqualTo(1);
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .noneMatch(name -> name.startsWith(db.getFileName().toString() + "."));
            }
        }
        assertThat(run("import", "--data", dir.resolve("none.json").toString(), "--jdbc",
                "jdbc:h2:file:" + dir.resolve("rejected-missing").toAbsolutePath()).code()).isEqualTo(2);
        assertThat(dir.resolve("rejected-missing.mv.db")).doesNotExist();
    }

    @Test
    void aRejectedImportIntoAnExistingDatabaseKeepsIt() throws IOException {
        Path db = dir.resolve("kept");
        String url = "jdbc:h2:file:" + db.toAbsolutePath() + ";MODE=PostgreSQL";
        assertThat(run("import", "--data", seed.toString(), "--jdbc", url).code()).isZero();
        Path early = dir.resolve("kept-early.json");
        Files.writeString(early, Files.readString(seed).replace("\"asOf\": \"2026-02-02\"", "\"asOf\": \"2025-12-31\""));

        assertThat(run("import", "--data", early.toString(), "--jdbc", url).code()).isEqualTo(1);

        assertThat(dir.resolve("kept.mv.db")).exists();
        Run export = run("export", "--jdbc", url, "--committee", "ĐB-VPUBND", "--year", "2025", "--as-of",
                "2026-02-02", "--out", dir.resolve("kept.json").toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(dir.resolve("kept.json"))).isEqualTo(Files.readString(seed));
    }

    @Test
    void theLibrarysLogIsHiddenUnlessVerbose() throws Exception {
        String quietUrl = "jdbc:h2:file:" + dir.resolve("quiet").toAbsolutePath() + ";MODE=PostgreSQL";
        String loudUrl = "jdbc:h2:file:" + dir.resolve("loud").toAbsolutePath() + ";MODE=PostgreSQL";

        Run quiet = java("import", "--data", seed.toString(), "--jdbc", quietUrl);
        Run loud = java("import", "--data", seed.toString(), "--jdbc", loudUrl, "--verbose");

        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(loud.code()).as(loud.err()).isZero();
        assertThat(loud.err()).contains("org.flywaydb");
        assertThat(loud.out()).isEqualTo(quiet.out());
    }

    /** The tool in a JVM of its own, as a user starts it (its logging is set up once per JVM). */
    private static Run java(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                KtgsCli.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        int code = p.waitFor();
        return new Run(code, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
