package vn.ktgs.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.ktgs.common.Messages;

/**
 * {@code ktgs}: the command-line tool over KTGS datasets. Exit codes: 0 success, 1 invalid input (every problem
 * printed to stderr with its path), 2 usage error, 3 a failure that is not the input's.
 *
 * <p>Every line a person reads — the usage help, usage errors, progress, results — follows {@code --lang}
 * (Vietnamese by default, English with {@code --lang en}): the texts are in {@code vn/ktgs/cli/Cli.properties} and
 * {@code Cli_en.properties}. The library logs through SLF4J at WARN unless {@code --verbose} is given.
 *
 * <p>This class is the main command only (the wiring, the exit codes, the language). What every command shares is
 * in {@code BaseCommand} and {@code DatasetCommand}; the subcommands are in {@code ValidateCommand},
 * {@code ClassifyCommand}, {@code ReportCommand}, {@code DatabaseCommands} ({@code import}, {@code export}),
 * {@code DocumentCommands} ({@code plan}, {@code conclusion}), {@code OverdueCommand}, {@code TestRulesCommand} and
 * {@code WhatItTakesCommand}.
 */
@Command(name = "ktgs", mixinStandardHelpOptions = true, version = "ktgs 0.1.0", resourceBundle = CliText.BUNDLE,
        subcommands = {ValidateCommand.class, ClassifyCommand.class, ReportCommand.class,
            DatabaseCommands.ImportCommand.class, DatabaseCommands.ExportCommand.class,
            DocumentCommands.PlanCommand.class, DocumentCommands.ConclusionCommand.class, OverdueCommand.class,
            TestRulesCommand.class, WhatItTakesCommand.class})
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

    /** Opens the databases of {@code import} and {@code export} ({@link DatabaseCommands}). */
    final PortsFactory database;

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

    enum Format { table, json, docx, pdf, xlsx, csv }

    static final JsonMapper MAPPER = new JsonMapper();
}
