package vn.ktgs.examples;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Ktgs;
import vn.ktgs.document.Document;
import vn.ktgs.jdbc.Actor;
import vn.ktgs.jdbc.JdbcOptions;
import vn.ktgs.jdbc.JdbcPorts;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetImporter;
import vn.ktgs.json.DatasetReader;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.plan.Plan;
import vn.ktgs.report.Figure;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.TimelinessLine;
import vn.ktgs.rest.KtgsRestApplication;
import vn.ktgs.rest.KtgsRestServer;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.Scorecard;
import vn.ktgs.scoring.ScorecardText;

/**
 * The demo (the README's first command): an embedded H2 database (a file under {@code demo-data/}, or in memory
 * with {@code --in-memory}), the library's migrations, the seed scenario loaded from the sample dataset (loading
 * it again writes nothing), the REST API on {@code 127.0.0.1:8080}, and a printout of the committee's year —
 * the tree, dissemination, plans, report timeliness, figures, every cell's score and level with the committee's
 * 100% targets, and the lowest cell's scorecard. Stops on Ctrl-C.
 *
 * <p>Options: {@code --port N} (default 8080), {@code --in-memory}, {@code --data-dir DIR} (default
 * {@code demo-data}), {@code --lang vi|en}, {@code --once} (print and exit, no server). "Today" is the dataset's
 * day, 2 February 2026, so the scores are the checked ones.
 */
public final class Demo {

    /** The committee the demo shows. */
    public static final String COMMITTEE = "ĐB-VPUBND";

    /**
     * Quieter java.util.logging for a person reading the console: Jersey warns once per resource registered as an
     * instance (a known, harmless Jersey issue), and Hibernate Validator announces its version. Held here so the
     * levels stay set.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.glassfish.jersey"),
            java.util.logging.Logger.getLogger("org.hibernate.validator"));

    private Demo() {
    }

    /** The demo's options. */
    record Options(int port, boolean inMemory, Path dataDir, Locale locale, boolean once) {

        static Options parse(String... args) {
            int port = 8080;
            boolean inMemory = false;
            Path dir = Path.of("demo-data");
            Locale locale = localeOf(args);
            boolean once = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("--lang=")) {
                    continue;
                }
                switch (args[i]) {
                    case "--port" -> port = port(value(args, ++i, "--port", locale), locale);
                    case "--in-memory" -> inMemory = true;
                    case "--data-dir" -> dir = Path.of(value(args, ++i, "--data-dir", locale));
                    case "--lang" -> value(args, ++i, "--lang", locale);
                    case "--once" -> once = true;
                    default -> throw new IllegalArgumentException(text(locale, "unknownOption", args[i]));
                }
            }
            return new Options(port, inMemory, dir, locale, once);
        }

        /** The language asked for ({@code --lang en}), read first so that even a usage error is in it. */
        static Locale localeOf(String... args) {
            for (int i = 0; i < args.length; i++) {
                String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                        : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
                if (value != null) {
                    return value.equalsIgnoreCase("en") ? Locale.ENGLISH : Locale.forLanguageTag("vi");
                }
            }
            return Locale.forLanguageTag("vi");
        }

        private static int port(String value, Locale locale) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException(text(locale, "badPort"));
        }

        private static String value(String[] args, int i, String option, Locale locale) {
            if (i >= args.length) {
                throw new IllegalArgumentException(text(locale, "needsValue", option));
            }
            return args[i];
        }
    }

    /** A running demo: its library and, unless {@code --once}, its server. */
    record Running(Ktgs ktgs, DatasetImporter.Result loaded, @Nullable KtgsRestServer server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The port is taken: the message says which and what to do. */
    static final class PortTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortTaken(int port, Locale locale, Throwable cause) {
            super(text(locale, "portTaken", port), cause);
        }
    }

    /** The demo's line {@code key} in the reader's language ({@code Demo.properties}, {@code Demo_en.properties}). */
    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("vn.ktgs.examples.Demo",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }

    public static void main(String[] args) throws InterruptedException {
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.SEVERE));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(text(Options.localeOf(args), "usage"));
            System.exit(2);
            return;
        }
        Running running;
        try {
            running = start(options, out);
        } catch (PortTaken e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (running.server() == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            out.println(text(options.locale(), "stopped"));
            stopped.countDown();
        }));
        out.println(text(options.locale(), "stop"));
        stopped.await();
    }

    /** Opens the database, loads the dataset, prints the year, and starts the server unless {@code once}. */
    static Running start(Options options, PrintStream out) {
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
             InputStream in = Demo.class.getResourceAsStream(SeedDataset.RESOURCE)) {
            Dataset dataset = DatasetReader.read(in);
            ZoneClock clock = new ZoneClock(dataset.asOf());
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(options.inMemory() ? "jdbc:h2:mem:ktgs-demo;DB_CLOSE_DELAY=-1"
                    : "jdbc:h2:file:" + options.dataDir().toAbsolutePath().resolve("ktgs") + ";MODE=PostgreSQL");
            JdbcPorts jdbc = JdbcPorts.open(h2, JdbcOptions.builder(Actor.fixed("ktgs-demo"), clock.clock())
                    .migrate(true).build());
            DatasetImporter.Result loaded = jdbc.inTransaction(() -> new DatasetImporter(validation.getValidator())
                    .importInto(dataset, jdbc.ports()));
            Ktgs ktgs = Ktgs.builder(jdbc.ports(), validation.getValidator(), clock.clock())
                    .yearRecords(jdbc.yearRecords()).build();
            Locale locale = options.locale();
            out.println(options.inMemory() ? text(locale, "h2.memory") : text(locale, "h2.file", h2.getURL()));
            out.println(loaded.written() ? text(locale, "loaded", loaded.organisations(), loaded.members(),
                    loaded.documents(), loaded.plans(), loaded.activities(), loaded.reports())
                    : text(locale, "alreadyStored"));
            out.println();
            Organisation committee = ktgs.organisations().organisationByCode(COMMITTEE).orElseThrow();
            Document plan65 = ktgs.ports().documents().all().stream()
                    .filter(d -> d.number().format().equals("65-KH/ĐU")).findFirst().orElseThrow();
            Scorecard lowest = print(ktgs, committee, plan65, locale, out);
            KtgsRestServer server = null;
            if (!options.once()) {
                server = serve(ktgs, committee, options.port(), locale);
                printUrls(ktgs, server, committee, plan65, lowest, locale, out);
            }
            return new Running(ktgs, loaded, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KtgsRestServer serve(Ktgs ktgs, Organisation committee, int port, Locale locale) {
        Member secretary = ktgs.organisations().secretaryOn(committee.id(), LocalDate.now(ktgs.clock()))
                .orElseThrow();
        KtgsRestApplication app = KtgsRestApplication.builder(ktgs, new DemoCallerResolver(secretary.id())).build();
        try {
            return KtgsRestServer.start(app, "127.0.0.1", port);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new PortTaken(port, locale, e);
                }
            }
            throw e;
        }
    }

    /**
     * The addresses to open: the web dashboard (the committee's overview for 2025, first), the API's index, the
     * committee's dashboard as JSON, the scorecard printed, timeliness.
     */
    private static void printUrls(Ktgs ktgs, KtgsRestServer server, Organisation committee, Document plan65,
                                  Scorecard lowest,
                                  Locale locale, PrintStream out) {
        String base = server.baseUri().toString();
        out.println();
        out.println(text(locale, "page", dashboardPage(server, committee, plan65)));
        out.println(text(locale, "rest", base, base));
        out.println("  " + base + "scoring/dashboards/" + committee.id() + "/2025?document=" + plan65.id()
                + "   (" + text(locale, "url.dashboard") + ")");
        out.println("  " + base + "scoring/scorecards/" + lowest.organisation().value() + "/2025?document=" + plan65.id()
                + "   (" + text(locale, "url.scorecard", lowest.code()) + ")");
        out.println("  " + base + "organisations/" + committee.id() + "/timeliness?period=2025-Q3"
                + "   (" + text(locale, "url.timeliness") + ")");
        out.println(text(locale, "url.hint"));
        DemoDocumentLinks.print(ktgs, base, committee, plan65, locale, out);
    }

    /** The web page of the committee's 2025 overview, counting the dissemination of 65-KH/ĐU. */
    static String dashboardPage(KtgsRestServer server, Organisation committee, Document plan65) {
        return server.baseUri() + "ui/#/committee/" + committee.id() + "/2025?document=" + plan65.id();
    }

    /** The committee's year as a person reads it; returns the lowest cell's scorecard, printed last. */
    static Scorecard print(Ktgs ktgs, Organisation committee, Document plan65, Locale locale, PrintStream out) {
        int year = 2025;
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        out.println("KTGS — " + committee.name() + " — " + year);
        out.println();
        out.printf("%-10s %-44s %9s  %s%n", text(locale, "table.code"), text(locale, "table.cell"),
                text(locale, "table.members"), text(locale, "table.assigned"));
        for (Organisation cell : ktgs.organisations().cellsUnder(committee.id())) {
            List<Member> roll = ktgs.organisations().membersOn(cell.id(), endOfYear);
            String bch = cell.assignedOn(endOfYear).stream()
                    .map(id -> ktgs.organisations().member(id).fullName()).findFirst().orElse("—");
            out.printf("%-10s %-44s %9d  %s%n", cell.code(), cell.name(), roll.size(), bch);
        }
        out.println();
        for (Document d : ktgs.documents().chain(plan65.id())) {
            out.printf("%-10s %s (%s)%n", d.number().format(), d.title(), d.issuedOn());
        }
        out.println(text(locale, "notReached", plan65.number().format(), ktgs.documents()
                .notYetReached(plan65.id(), committee.id(), endOfYear).stream()
                .map(m -> m.code() + " " + m.fullName()).toList()));
        out.println();
        List<Plan> plans = ktgs.plans().plansOf(year).stream()
                .sorted(vn.ktgs.common.VietnameseOrder.by(p -> ktgs.organisations().organisation(p.organisation()).code()))
                .toList();
        for (Plan p : plans) {
            out.printf("%-10s %-16s %s%n", ktgs.organisations().organisation(p.organisation()).code(),
                    p.status().label(locale), text(locale, "plan", p.items().size(),
                            p.adoptedOn().map(LocalDate::toString).orElse("—")));
        }
        out.println();
        for (int q = 1; q <= 4; q++) {
            ReportingPeriod period = ReportingPeriod.quarter(year, q);
            out.print(period + ": ");
            for (TimelinessLine line : ktgs.reports().timeliness(committee.id(), period)) {
                out.print(line.code() + " " + line.status().label(locale)
                        + (line.daysLate() > 0 ? " (" + line.daysLate() + ")" : "") + "; ");
            }
            out.println();
        }
        out.println();
        out.println(committee.name() + " — " + ReportingPeriod.year(year));
        ReportFigures figures = ktgs.reports().figures(committee.id(), ReportingPeriod.year(year));
        for (Figure f : Figure.values()) {
            out.printf("  %-62s %5d%n", f.label(locale), figures.value(f));
        }
        out.println();
        CommitteeScores scores = ktgs.scoring().score(committee.id(), year, JsonCriteriaSets.shippedDefault(),
                List.of(plan65.id()));
        out.print(ScorecardText.render(scores, locale));
        out.println();
        Scorecard lowest = scores.cells().stream().min(Comparator.comparing(Scorecard::total)).orElseThrow();
        out.println(text(locale, "lowest"));
        out.print(ScorecardText.render(lowest, locale));
        return lowest;
    }

    /** "Today" for the demo: the dataset's day, at 09:00 in Hanoi. */
    private record ZoneClock(LocalDate day) {
        Clock clock() {
            var zone = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
            return Clock.fixed(day.atTime(9, 0).atZone(zone).toInstant(), zone);
        }
    }
}
