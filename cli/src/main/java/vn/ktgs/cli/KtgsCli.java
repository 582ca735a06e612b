package vn.ktgs.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.ktgs.Ktgs;
import vn.ktgs.common.Messages;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.document.DocumentId;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetImporter;
import vn.ktgs.json.DatasetReader;
import vn.ktgs.json.DatasetReader.Document;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.report.Figure;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.TimelinessLine;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.CriterionResult;
import vn.ktgs.scoring.Reason;
import vn.ktgs.scoring.Scorecard;
import vn.ktgs.scoring.ScorecardText;
import vn.ktgs.scoring.TargetCheck;

/**
 * {@code ktgs}: the command-line tool over KTGS datasets. Exit codes: 0 success, 1 invalid input (every problem
 * printed to stderr with its path), 2 usage error, 3 a failure that is not the input's.
 *
 * <p>Every line a person reads — the usage help, usage errors, progress, results — follows {@code --lang}
 * (Vietnamese by default, English with {@code --lang en}): the texts are in {@code vn/ktgs/cli/Cli.properties} and
 * {@code Cli_en.properties}. The library logs through SLF4J at WARN unless {@code --verbose} is given.
 */
@Command(name = "ktgs", mixinStandardHelpOptions = true, version = "ktgs 0.1.0", resourceBundle = CliText.BUNDLE,
        subcommands = {KtgsCli.ValidateCommand.class, KtgsCli.ClassifyCommand.class, KtgsCli.ReportCommand.class,
            KtgsCli.ImportCommand.class, KtgsCli.ExportCommand.class, DocumentCommands.PlanCommand.class,
            DocumentCommands.ConclusionCommand.class, OverdueCommand.class, TestRulesCommand.class,
            WhatItTakesCommand.class})
public final class KtgsCli implements Runnable {

    /** Exit code of invalid input. */
    public static final int INVALID = 1;

    /** Exit code of a failure that is not the input's fault: a database that fails, no memory left, a fault. */
    public static final int FAILED = 3;

    /** Files above this size get progress on stderr. */
    static final long LARGE_FILE = 10L * 1024 * 1024;
    /** A large file's section of at least this many records gets a progress line. */
    static final long PROGRESS_RECORDS = 100_000;
    /** A large bundle gets a progress line every this many documents. */
    static final int PROGRESS_DOCUMENTS = 500;

    private final PortsFactory database;

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
            description = "language of messages and labels: vi (the default) or en")
    Lang lang;

    public KtgsCli(PortsFactory database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The command line, wired: a host passes its own {@link PortsFactory}. */
    public static CommandLine commandLine(PortsFactory database) {
        CommandLine cl = new CommandLine(new KtgsCli(database));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(parsed -> {
            // the help and the command's lines in the language asked for, once the line is parsed; a --lang given
            // before the command (ktgs --lang en classify …) holds for the command too
            Lang lang = langOf(parsed);
            for (CommandLine.ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) {
                if (p.commandSpec().userObject() instanceof BaseCommand b && !p.hasMatchedOption("--lang")) {
                    b.lang = lang;
                }
            }
            cl.setResourceBundle(CliText.bundle(lang));
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setParameterExceptionHandler((e, args) -> {
            Lang lang = CliText.langOf(args);
            CommandLine command = e.getCommandLine();
            command.getErr().println("ktgs: " + UsageErrors.message(e, lang));
            command.getErr().println(CliText.text(lang, "seeHelp", command.getCommandSpec().qualifiedName()));
            command.getErr().flush();
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(failure(e, langOf(parsed) == Lang.en));
            command.getErr().flush();
            return FAILED;
        });
        return cl;
    }

    /** The language the parsed line asks for: the last {@code --lang} given (the command's, or the tool's), else Vietnamese. */
    private static Lang langOf(CommandLine.ParseResult parsed) {
        Lang lang = Lang.vi;
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--lang")) {
                lang = p.matchedOptionValue("--lang", Lang.vi);
            }
        }
        return lang;
    }

    /** One line naming a failure and its cause, without a stack trace. */
    static String failure(Throwable e, boolean english) {
        StringBuilder causes = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            causes.append(causes.length() == 0 ? "" : " ← ").append(t.getClass().getSimpleName())
                    .append(t.getMessage() == null ? "" : ": " + t.getMessage());
        }
        if (e instanceof OutOfMemoryError) {
            return english ? "ktgs: out of memory (" + causes + "); give Java a larger heap, e.g. JAVA_OPTS=-Xmx4g"
                    : "ktgs: hết bộ nhớ (" + causes + "); hãy cấp cho Java vùng nhớ lớn hơn, ví dụ JAVA_OPTS=-Xmx4g";
        }
        return english ? "ktgs: failed: " + causes : "ktgs: lỗi khi chạy: " + causes;
    }

    /** Kept so the logger's level is not lost to garbage collection. */
    private static final java.util.logging.Logger VALIDATOR_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        if (java.util.Arrays.asList(args).contains("--verbose")) {
            // slf4j-simple reads its level once, when the first logger is made; the jar's simplelogger.properties
            // says WARN, and a system property wins over it
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        int code;
        try {
            code = commandLine(new JdbcPortsFactory(java.time.Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))
                    .execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println(failure(e, CliText.langOf(args) == Lang.en));
            code = FAILED;
        }
        System.exit(code);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), CliText.text(lang, "commandRequired"));
    }

    /** {@code vi} or {@code en}. */
    enum Lang {
        vi, en;

        Locale locale() {
            return this == en ? Locale.ENGLISH : Messages.VIETNAMESE;
        }
    }

    /** What every command shares: the reader's language and how much of the library's log to show. */
    abstract static class BaseCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
                description = "language of messages and labels: vi (the default) or en")
        Lang lang;

        @Option(names = "--verbose", description = "also print the library's log on stderr")
        boolean verbose;

        /** The line {@code msg.key} in the reader's language. */
        String text(String key, Object... args) {
            return CliText.text(lang, key, args);
        }

        /** A usage error (exit code 2) with the line {@code msg.key}. */
        ParameterException usage(String key, Object... args) {
            return new ParameterException(spec.commandLine(), text(key, args));
        }

        /** The file named by an option, which must exist and not be a directory (else a usage error). */
        Path existingFile(Path file) {
            if (Files.isDirectory(file)) {
                throw usage("isDirectory", file);
            }
            if (!Files.exists(file)) {
                throw usage("noSuchFile", file);
            }
            return file;
        }
    }

    /** What every command that reads a dataset shares. */
    abstract static class DatasetCommand extends BaseCommand {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "the dataset file (JSON)")
        Path data;

        PrintWriter out() {
            PrintWriter buffered = CommitteePipeline.out();
            return buffered != null ? buffered : spec.commandLine().getOut();
        }

        /**
         * The criteria set of a {@code --criteria} file, or the shipped default when none is given; empty when the
         * file is not a valid set, each of its problems printed with its path on stderr.
         */
        java.util.Optional<CriteriaSet> criteriaSet(@Nullable Path criteria) throws IOException {
            if (criteria == null) {
                return java.util.Optional.of(JsonCriteriaSets.shippedDefault());
            }
            try (InputStream in = Files.newInputStream(existingFile(criteria))) {
                return java.util.Optional.of(new JsonCriteriaSets().read(in));
            } catch (NoSuchFileException e) {
                throw usage("noSuchFile", criteria);
            } catch (RejectedException e) {
                for (Violation v : e.violations()) {
                    err().println(criteria + ": " + (v.path().isEmpty() ? "" : v.path() + ": ")
                            + v.message(locale()));
                }
                return java.util.Optional.empty();
            }
        }

        PrintWriter err() {
            PrintWriter buffered = CommitteePipeline.err();
            return buffered != null ? buffered : spec.commandLine().getErr();
        }

        Locale locale() {
            return lang.locale();
        }

        /** One committee's work: what a command does with each valid dataset of the file. */
        @FunctionalInterface
        interface Work {
            /** @throws RejectedException when a rule rejects the dataset (printed under the document's place) */
            void on(Document document, Dataset dataset);
        }

        private @Nullable Validator validator;
        private final AtomicInteger invalid = new AtomicInteger();

        /** How many committees are worked on at once; 1 for commands that must go one at a time. */
        int threads() {
            return 1;
        }

        /**
         * Reads the file — one dataset document or a bundle of them — one document at a time, and hands each valid
         * dataset to {@code work}, so only a few committees are held at a time: with {@link #threads()} above 1,
         * that many committees are worked on while the next is read, and their lines are printed in the file's
         * order ({@link CommitteePipeline}). The problems of an invalid document go to stderr under its place
         * ({@code [12].activities[3].…}) and the others go on.
         *
         * @return the number of documents read
         */
        int eachDataset(Work work) {
            long size;
            try {
                size = Files.size(existingFile(data));
            } catch (NoSuchFileException e) {
                throw usage("noSuchFile", data);
            } catch (IOException e) {
                throw usage("cannotRead", data, e.getMessage());
            }
            boolean large = size > LARGE_FILE;
            if (large) {
                err().println(text("reading", data, size));
            }
            DatasetReader.Progress sections = large ? (section, n) -> {
                if (n >= PROGRESS_RECORDS) {
                    err().println(text("section", CliText.section(lang, section), n));
                }
            } : DatasetReader.Progress.NONE;
            int threads = threads();
            if (threads < 1) {
                throw usage("badThreads", threads);
            }
            ProgressLine progress = new ProgressLine(size);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(data), 1 << 16);
                 CommitteePipeline pipeline = threads > 1 ? new CommitteePipeline(threads, printed -> {
                     out().print(printed.out());
                     out().flush();
                     err().print(printed.err());
                     err().flush();
                 }) : null) {
                int documents = DatasetReader.readAll(in, sections, document -> {
                    Runnable after = () -> {
                        progress.done(document);
                        if (large && document.inBundle() && progress.due()) {
                            err().println(progress.line(this));
                        }
                    };
                    if (pipeline == null) {
                        one(document, work);
                        after.run();
                    } else {
                        pipeline.submit(() -> one(document, work), after);
                    }
                });
                if (pipeline != null) {
                    pipeline.finish();
                }
                if (large && documents > 1) {
                    err().println(progress.end(this));
                }
                return documents;
            } catch (IOException e) {
                throw usage("cannotRead", data, e.getMessage());
            }
        }

        /** Works on one document, or prints its problems. */
        private void one(Document document, Work work) {
            Dataset d = document.dataset();
            if (d == null) {
                print(document, document.violations());
            } else {
                try {
                    work.on(document, d);
                } catch (RejectedException e) {
                    print(document, e.violations().stream().map(document::locate).toList());
                }
            }
            out().flush();
            err().flush();
        }

        /** 0 when every document was valid, else {@link #INVALID}. */
        int exitCode() {
            return invalid.get() == 0 ? 0 : INVALID;
        }

        synchronized Validator validator() {
            if (validator == null) {
                validator = Validation.buildDefaultValidatorFactory().getValidator();
            }
            return validator;
        }

        /** Replays the dataset in memory; a rule that rejects it throws. */
        Ktgs replay(Dataset dataset) {
            boolean large = dataset.members().size() + dataset.activities().size() > 50_000;
            DatasetImporter importer = new DatasetImporter(validator());
            if (large) {
                importer.withProgress((done, total) -> err().println(text("replayed", done, total)));
            }
            return importer.replay(dataset);
        }

        private void print(Document document, List<Violation> violations) {
            invalid.incrementAndGet();
            for (Violation v : violations) {
                err().println((v.path().isEmpty() ? text("file") : v.path()) + ": " + v.message(locale()));
            }
            err().printf(lang == Lang.en ? "%s%s: %d error(s)%n" : "%s%s: %d lỗi%n", data, document.prefix(),
                    violations.size());
        }

        /** {@code FILE: n datasets, all valid} (or how many were not) on stdout, after a bundle. */
        void summary(int documents) {
            out().printf(lang == Lang.en ? "%s: %,d datasets, %,d valid, %,d invalid%n"
                    : "%s: %,d bộ dữ liệu, %,d hợp lệ, %,d không hợp lệ%n", data, documents, documents - invalid.get(),
                    invalid.get());
        }

        Organisation committee(Ktgs ktgs, Dataset d) {
            return ktgs.organisations().organisationByCode(d.committee()).orElseThrow();
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Reads a dataset strictly and replays it through every rule, in memory; stores nothing.")
    static final class ValidateCommand extends DatasetCommand {
        @picocli.CommandLine.Mixin
        Threads threads;

        @Override
        int threads() {
            return threads.count();
        }

        @Override
        public Integer call() {
            int documents = eachDataset((doc, d) -> {
                replay(d);
                out().printf(lang == Lang.en
                                ? "%s%s: valid — committee %s, year %d, as of %s: %d organisations, %d members,"
                                + " %d documents, %d plans, %d activities, %d reports%n"
                                : "%s%s: hợp lệ — đảng bộ %s, năm %d, ngày chốt %s: %d tổ chức, %d đảng viên,"
                                + " %d văn bản, %d kế hoạch, %d hồ sơ, %d báo cáo%n",
                        data, doc.prefix(), d.committee(), d.year(), d.asOf(), d.organisations().size(),
                        d.members().size(), d.documents().size(), d.plans().size(), d.activities().size(),
                        d.reports().size());
            });
            if (documents > 1) {
                summary(documents);
            }
            return exitCode();
        }
    }

    enum Format { table, json, docx, pdf, xlsx, csv }

    static final JsonMapper MAPPER = new JsonMapper();

    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = "Scores every cell below the dataset's committee under a criteria set, with the"
                    + " explanation of every point, and checks the committee's targets.")
    static final class ClassifyCommand extends DatasetCommand {
        @Option(names = "--criteria", paramLabel = "FILE",
                description = "a criteria set (JSON); default: the shipped default set of Plan 65-KH/ĐU")
        @Nullable Path criteria;

        @Option(names = "--year", paramLabel = "Y", description = "the year scored; default: the dataset's year")
        @Nullable Integer year;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|docx|pdf|xlsx|csv",
                description = "output format (default: ${DEFAULT-VALUE}); docx|pdf|xlsx|csv write --out FILE")
        Format format;

        @picocli.CommandLine.Mixin
        DocumentOptions files;

        @picocli.CommandLine.Mixin
        Threads threads;

        @Override
        int threads() {
            return DocumentOptions.file(format).isPresent() ? 1 : threads.count();
        }

        @Override
        public Integer call() throws IOException {
            java.util.Optional<CriteriaSet> read = criteriaSet(criteria);
            if (read.isEmpty()) {
                return INVALID;
            }
            CriteriaSet set = read.get();
            int documents = eachDataset((doc, d) -> {
                Ktgs ktgs = replay(d);
                Organisation committee = committee(ktgs, d);
                List<DocumentId> governing = new ArrayList<>();
                for (String number : d.governingDocuments()) {
                    ktgs.ports().documents().all().stream().filter(x -> x.number().format().equals(number))
                            .findFirst().ifPresent(x -> governing.add(x.id()));
                }
                CommitteeScores scores = ktgs.scoring().score(committee.id(), year == null ? d.year() : year, set,
                        governing);
                if (DocumentOptions.file(format).isPresent()) {
                    ClassifyDocuments.write(this, files, doc, d, ktgs, scores, DocumentOptions.file(format).get());
                    return;
                }
                if (format == Format.json) {
                    ObjectNode json = json(doc, scores);
                    out().println(doc.inBundle() ? json.toString() : json.toPrettyString());
                } else {
                    if (doc.index() > 0) {
                        out().println();
                    }
                    out().print(ScorecardText.render(scores, locale()));
                    for (Scorecard card : scores.cells()) {
                        out().println();
                        out().print(ScorecardText.render(card, locale()));
                    }
                }
                out().flush();
            });
            if (documents > 1 && format == Format.table) {
                out().println();
                summary(documents);
            }
            return files.failures > 0 ? INVALID : exitCode();
        }

        /** The committee's scores as JSON; in a bundle, led by the document's index. */
        private ObjectNode json(Document doc, CommitteeScores s) {
            ObjectNode root = MAPPER.createObjectNode();
            if (doc.inBundle()) {
                root.put("document", doc.index());
            }
            root.put("committee", s.code()).put("name", s.name()).put("year", s.year())
                    .put("asOf", s.asOf().toString()).put("criteriaSet", s.criteriaSetId())
                    .put("criteriaSetVersion", s.criteriaSetVersion()).put("allTargetsMet", s.allTargetsMet());
            ArrayNode targets = root.putArray("targets");
            for (TargetCheck t : s.targets()) {
                targets.addObject().put("id", t.target().id()).put("label", t.target().label().label(locale()))
                        .put("value", t.value().fraction()).put("met", t.met());
            }
            ObjectNode levels = root.putObject("distribution");
            s.distribution().forEach((level, n) -> levels.put(level.name(), n));
            ArrayNode cells = root.putArray("cells");
            for (Scorecard c : s.cells()) {
                ObjectNode cell = cells.addObject();
                cell.put("code", c.code()).put("name", c.name()).put("total", c.total()).put("max", c.max())
                        .put("level", c.level().name()).put("levelLabel", c.level().label(locale()))
                        .put("byScore", c.byScore().name()).put("afterGates", c.afterGates().name());
                ArrayNode crits = cell.putArray("criteria");
                for (CriterionResult r : c.criteria()) {
                    crits.addObject().put("id", r.criterion().id())
                            .put("label", r.criterion().label().label(locale()))
                            .put("indicator", r.criterion().indicator().code()).put("value", r.value().fraction())
                            .put("state", r.state().name()).put("points", r.countedPoints().orElse(null))
                            .put("max", r.criterion().max()).put("reason", r.reason().text(locale()));
                }
                cell.put("renormalisation", c.renormalisation().map(x -> x.text(locale())).orElse(null));
                ArrayNode why = cell.putArray("gates");
                c.gates().stream().map(x -> x.text(locale())).forEach(why::add);
                ArrayNode quota = cell.putArray("quota");
                c.quota().stream().map((Reason x) -> x.text(locale())).forEach(quota::add);
            }
            return root;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "The figures and the timeliness of every organisation's report for one period.")
    static final class ReportCommand extends DatasetCommand {
        @Option(names = "--period", required = true, paramLabel = "P",
                description = "the period code: 2025-M03, 2025-Q1, 2025-H1, 2025-9M or 2025")
        String period;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|docx|pdf|xlsx|csv",
                description = "output format (default: ${DEFAULT-VALUE}); docx|pdf write --org's report, xlsx|csv"
                        + " every organisation's figures, to --out FILE")
        Format format;

        @Option(names = "--org", paramLabel = "CODE", description = "for docx|pdf: whose report; default: the committee")
        @Nullable String org;

        @picocli.CommandLine.Mixin
        DocumentOptions files;

        @picocli.CommandLine.Mixin
        Threads threads;

        @Override
        int threads() {
            return DocumentOptions.file(format).isPresent() ? 1 : threads.count();
        }

        @Override
        public Integer call() {
            ReportingPeriod p = ReportingPeriod.tryParse(period).orElseThrow(() -> usage("notAPeriod", period));
            if (format == Format.json) {
                throw usage("noJsonReport");
            }
            int documents = eachDataset((doc, d) -> {
                if (DocumentOptions.file(format).isPresent()) {
                    ClassifyDocuments.report(this, files, doc, d, replay(d), p, org,
                            DocumentOptions.file(format).get());
                    return;
                }
                if (doc.index() > 0) {
                    out().println();
                }
                report(replay(d), d, p);
            });
            if (documents > 1 && format == Format.table) {
                out().println();
                summary(documents);
            }
            return files.failures > 0 ? INVALID : exitCode();
        }

        private void report(Ktgs ktgs, Dataset d, ReportingPeriod p) {
            Organisation committee = committee(ktgs, d);
            Map<String, TimelinessLine> lines = new java.util.HashMap<>();
            for (TimelinessLine l : ktgs.reports().timeliness(committee.id(), p)) {
                lines.put(l.code(), l);
            }
            PrintWriter o = out();
            o.println(committee.name() + " — " + p + (lang == Lang.en ? " (as of " : " (ngày chốt ") + d.asOf() + ")");
            List<Figure> figures = List.of(Figure.values());
            StringBuilder head = new StringBuilder(String.format("%-12s", lang == Lang.en ? "code" : "mã"));
            for (int i = 0; i < figures.size(); i++) {
                head.append(String.format(" %4s", "F" + (i + 1)));
            }
            head.append(String.format("  %-24s %s", lang == Lang.en ? "status" : "tình trạng",
                    lang == Lang.en ? "submitted / deadline" : "ngày gửi / hạn"));
            o.println(head);
            for (Organisation org : ktgs.organisations().subtree(committee.id())) {
                ReportFigures f = ktgs.reports().reportFor(org.id(), p).map(r -> r.figures())
                        .orElseGet(() -> ktgs.reports().figures(org.id(), p));
                StringBuilder row = new StringBuilder(String.format("%-12s", org.code()));
                for (Figure fig : figures) {
                    row.append(String.format(" %4d", f.value(fig)));
                }
                TimelinessLine l = lines.get(org.code());
                if (l == null && org.id().equals(committee.id())) {
                    l = ktgs.reports().timelinessOf(org.id(), p);
                }
                if (l != null) {
                    row.append(String.format("  %-24s %s / %s%s", l.status().label(locale()),
                            l.firstSubmitted().map(Object::toString).orElse("—"), l.deadline(),
                            l.daysLate() > 0 ? " (" + l.daysLate() + (lang == Lang.en ? " days)" : " ngày)") : ""));
                }
                o.println(row.toString().stripTrailing());
            }
            o.println();
            for (int i = 0; i < figures.size(); i++) {
                o.printf("F%-3d %s%n", i + 1, figures.get(i).label(locale()));
            }
            o.flush();
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Replays a dataset and, when every rule accepts it, writes it into a database (atomic;"
                    + " loading the same dataset again writes nothing).")
    static final class ImportCommand extends DatasetCommand {
        @CommandLine.ParentCommand
        KtgsCli parent;

        @Option(names = "--jdbc", required = true, paramLabel = "URL", description = "the database's JDBC URL")
        String jdbc;

        /**
         * Imports every valid dataset of the file. When none was stored (every one rejected, or a failure), a database
         * file this command created is removed again: a rejected import leaves nothing behind.
         */
        @Override
        public Integer call() {
            existingFile(data);
            try (PortsFactory.Database target = open(parent.database, jdbc, this)) {
                int[] stored = {0};
                try {
                    DatasetImporter importer = new DatasetImporter(validator());
                    int documents = eachDataset((doc, d) -> {
                        DatasetImporter.Result r = target.inTransaction(() -> importer.importInto(d, target.ports()));
                        stored[0]++;
                        String where = doc.inBundle() ? doc.prefix() + " " + d.committee() + ": " : "";
                        out().println(where + (r.written() ? text("imported", r.organisations(), r.members(),
                                r.documents(), r.plans(), r.activities(), r.reports()) : text("alreadyStored")));
                    });
                    if (documents > 1) {
                        summary(documents);
                    }
                } finally {
                    if (stored[0] == 0) {
                        target.discardIfCreated();
                    }
                }
            }
            return exitCode();
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes one committee's year from a database as a dataset.")
    static final class ExportCommand extends BaseCommand {
        @CommandLine.ParentCommand
        KtgsCli parent;

        @Option(names = "--jdbc", required = true, paramLabel = "URL", description = "the database's JDBC URL")
        String jdbc;

        @Option(names = "--committee", required = true, paramLabel = "CODE", description = "the committee's code")
        String committee;

        @Option(names = "--year", required = true, paramLabel = "Y", description = "the year")
        int year;

        @Option(names = "--out", paramLabel = "FILE", description = "the file to write; default: stdout")
        @Nullable Path out;

        @Option(names = "--as-of", paramLabel = "DAY", description = "the day the data stands on (asOf); default: today")
        java.time.@Nullable LocalDate asOf;

        @Override
        public Integer call() throws IOException {
            java.time.ZoneId zone = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
            java.time.Clock clock = asOf == null ? java.time.Clock.system(zone)
                    : java.time.Clock.fixed(asOf.atTime(9, 0).atZone(zone).toInstant(), zone);
            Dataset d;
            try (PortsFactory.Database source = open(parent.database, jdbc, this)) {
                if (source.ports().organisations().findByCode(committee).isEmpty()) {
                    // a mistyped file URL opened a new, empty database: export never writes, so nothing is left
                    source.discardIfCreated();
                    spec.commandLine().getErr().println("ktgs: " + text("noCommittee", committee));
                    return INVALID;
                }
                var ktgs = Ktgs.builder(source.ports(), Validation.buildDefaultValidatorFactory().getValidator(),
                        clock).build();
                d = vn.ktgs.json.DatasetExporter.export(ktgs, committee, year);
            }
            if (out == null) {
                vn.ktgs.json.DatasetWriter.write(d, System.out);
            } else {
                try (var o = Files.newOutputStream(out)) {
                    vn.ktgs.json.DatasetWriter.write(d, o);
                }
            }
            return 0;
        }
    }

    static PortsFactory.Database open(PortsFactory factory, String url, BaseCommand command) {
        try {
            return factory.open(url);
        } catch (PortsFactory.UnsupportedUrlException e) {
            throw command.usage("notAJdbcUrl", url);
        } catch (IllegalStateException e) {
            throw command.usage("cannotOpen", url, e.getMessage());
        }
    }
}
