package vn.ktgs.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.ktgs.Ktgs;
import vn.ktgs.common.Utf8Input;
import vn.ktgs.json.DatasetImporter;
import vn.ktgs.json.DatasetReader;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.ScorecardText;

/**
 * Đo con đường của người dùng: the user's path over a bundle beside its floors, in one run on the same file —
 * <ol>
 *   <li>{@code jackson}: a bare Jackson streaming pass (every token, every string's text): the floor for reading;</li>
 *   <li>{@code jackson+utf8}: the same through the UTF-8 check every read goes through;</li>
 *   <li>{@code read}: the strict dataset reader ({@link DatasetReader#readAll}), every committee read and dropped;</li>
 *   <li>{@code one thread}: read, replay and score every committee on one thread, the replay, the scoring (the
 *       in-memory engine on the same data) and the rendering of the scorecards timed apart;</li>
 *   <li>{@code classify}: {@code ktgs classify} itself, in-process, its output thrown away, with {@code --threads}.</li>
 * </ol>
 * Wall time, and the CPU time of the whole JVM (all threads, the collector's too) for each. Run:
 * {@code java -Xmx4g -cp cli/target/ktgs-cli.jar vn.ktgs.cli.PathBenchmark /tmp/b30k.jsonl} (see cli/README.md).
 */
@Command(name = "path-benchmark", mixinStandardHelpOptions = true,
        description = "Times the user's path over a bundle beside a bare Jackson pass and the in-memory engine.")
public final class PathBenchmark implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a dataset bundle (JSON Lines)")
    Path file;

    @Option(names = "--skip", split = ",", paramLabel = "PHASE",
            description = "phases left out: jackson, utf8, read, one-thread, classify")
    List<String> skip = new ArrayList<>();

    @Option(names = "--threads", description = "classify's --threads (default: ${DEFAULT-VALUE})")
    int threads = Threads.DEFAULT;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PathBenchmark()).execute(args));
    }

    private record Timing(String phase, double wall, double cpu, String note) {
    }

    private final List<Timing> timings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        System.out.printf("%s: %,d bytes, %d processors, -Xmx %,d MB%n", file, Files.size(file),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (!skip.contains("jackson")) {
            time("jackson", () -> "tokens " + String.format("%,d", tokens(false)));
        }
        if (!skip.contains("utf8")) {
            time("jackson+utf8", () -> "tokens " + String.format("%,d", tokens(true)));
        }
        if (!skip.contains("read")) {
            time("read", () -> {
                try (InputStream in = open()) {
                    return "datasets " + DatasetReader.readAll(in, d -> { });
                }
            });
        }
        if (!skip.contains("one-thread")) {
            oneThread();
        }
        if (!skip.contains("classify")) {
            time("classify --threads " + threads, () -> {
                CommandLine cl = KtgsCli.commandLine(new JdbcPortsFactory(java.time.Clock.systemUTC()));
                cl.setOut(new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
                cl.setErr(new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
                return "exit " + cl.execute("classify", "--data", file.toString(), "--threads", String.valueOf(threads));
            });
        }
        Timing floor = timings.stream().filter(t -> t.phase().equals("jackson")).findFirst().orElse(null);
        System.out.println();
        System.out.printf("%-34s %10s %10s %9s  %s%n", "phase", "wall s", "cpu s", "× jackson", "");
        for (Timing t : timings) {
            System.out.printf("%-34s %10.1f %10.1f %9s  %s%n", t.phase(), t.wall(), t.cpu(),
                    floor == null ? "" : String.format("%.1f", t.wall() / floor.wall()), t.note());
        }
        return 0;
    }

    /** Read, replay, score and render every committee on this thread, each step timed apart. */
    private void oneThread() throws Exception {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        CriteriaSet set = JsonCriteriaSets.shippedDefault();
        long[] nanos = new long[3];
        long[] chars = new long[1];
        time("one thread: read+replay+score+render", () -> {
            try (InputStream in = open()) {
                int n = DatasetReader.readAll(in, doc -> {
                    if (doc.dataset() == null) {
                        throw new IllegalStateException("invalid committee " + doc.index() + ": " + doc.violations());
                    }
                    long t0 = System.nanoTime();
                    Ktgs ktgs = new DatasetImporter(validator).replay(doc.dataset());
                    long t1 = System.nanoTime();
                    Organisation committee = ktgs.organisations().organisationByCode(doc.dataset().committee())
                            .orElseThrow();
                    CommitteeScores scores = ktgs.scoring().score(committee.id(), doc.dataset().year(), set,
                            List.of());
                    long t2 = System.nanoTime();
                    StringBuilder text = new StringBuilder(ScorecardText.render(scores, vn.ktgs.common.Messages.VIETNAMESE));
                    scores.cells().forEach(c -> text.append(ScorecardText.render(c, vn.ktgs.common.Messages.VIETNAMESE)));
                    chars[0] += text.length();
                    long t3 = System.nanoTime();
                    nanos[0] += t1 - t0;
                    nanos[1] += t2 - t1;
                    nanos[2] += t3 - t2;
                });
                return "datasets " + n;
            }
        });
        timings.add(new Timing("  of which replay", nanos[0] / 1e9, Double.NaN, ""));
        timings.add(new Timing("  of which scoring (engine)", nanos[1] / 1e9, Double.NaN, ""));
        timings.add(new Timing("  of which rendering", nanos[2] / 1e9, Double.NaN,
                String.format("%,d characters", chars[0])));
    }

    @FunctionalInterface
    private interface Phase {
        String run() throws Exception;
    }

    private void time(String phase, Phase p) throws Exception {
        System.gc();
        double cpu0 = cpu();
        long t0 = System.nanoTime();
        String note = p.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        Timing t = new Timing(phase, wall, cpu() - cpu0, note);
        timings.add(t);
        System.out.printf("%-34s %8.1f s wall %8.1f s cpu  %s%n", phase, t.wall(), t.cpu(), note);
    }

    /** CPU time of the whole JVM so far, in seconds. */
    private static double cpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    private long tokens(boolean utf8) throws IOException {
        long n = 0;
        try (InputStream raw = open(); InputStream in = utf8 ? Utf8Input.of(raw) : raw;
             JsonParser p = new JsonFactory().createParser(in)) {
            for (JsonToken t; (t = p.nextToken()) != null; n++) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    p.getText();
                }
            }
        }
        return n;
    }
}
