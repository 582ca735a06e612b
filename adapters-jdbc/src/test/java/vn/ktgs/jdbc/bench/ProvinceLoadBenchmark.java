package vn.ktgs.jdbc.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.sql.DataSource;
import vn.ktgs.Ports;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.activity.RecommendationId;
import vn.ktgs.activity.RecommendationStatus;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.activity.StageRecord;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.common.DateRange;
import vn.ktgs.jdbc.Actor;
import vn.ktgs.jdbc.CommitteeYear;
import vn.ktgs.jdbc.JdbcOptions;
import vn.ktgs.jdbc.JdbcPorts;
import vn.ktgs.jdbc.KtgsSchema;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;

/**
 * Benchmark program (not a test): bulk-loads the province-scale synthetic data set into PostgreSQL with the
 * adapter's {@link vn.ktgs.jdbc.BulkLoader} (JDBC batches across aggregates, audit rows included), then reads one
 * committee's year and the whole province's year back ({@link JdbcPorts#committeeYear}), and prints rows per
 * second and read times. Deterministic data (fixed seed; ids are random).
 *
 * <pre>
 * ./mvnw -q -B -ntp -o -pl adapters-jdbc test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.ktgs.jdbc.bench.ProvinceLoadBenchmark [-Dexec.args="cells members activities"]
 * </pre>
 *
 * <p>{@code committeeYear} reads on two connections at once ({@link JdbcOptions.Builder#parallelReads()}) unless
 * {@code -Dktgs.bench.parallelReads=false}.
 *
 * <p>Members, plans and activities are loaded by {@code -Dktgs.bench.threads} threads (default 2), each with its own
 * connection and transactions of 10,000 aggregates; organisations by one thread, parents first.
 *
 * <p>{@code -Dktgs.bench.statements=15} (embedded PostgreSQL only) prints, after the load and after the reads, the
 * 15 statements that took the most server time in that phase ({@code pg_stat_statements}).
 *
 * <p>{@code -Dktgs.bench.explain=FILE} (embedded PostgreSQL only) writes to FILE the server's own plans, with actual
 * rows, times and buffers ({@code auto_explain}), of every statement the reads of one committee's year and of the
 * whole province's year run, as the adapter sends them: the plans the JDBC README shows.
 *
 * <p>Without {@code -Dktgs.bench.url} it starts an embedded PostgreSQL 14 (zonky); with it, it loads into that
 * database ({@code -Dktgs.bench.user}, {@code -Dktgs.bench.password}) in a fresh schema.
 */
public final class ProvinceLoadBenchmark {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int COMMITTEES = 500;
    private static final int CHUNK = 10_000;
    /** {@code -Dktgs.bench.parallelReads=false}: committeeYear on one connection instead of two. */
    private static final boolean PARALLEL_READS =
            Boolean.parseBoolean(System.getProperty("ktgs.bench.parallelReads", "true"));
    /** {@code -Dktgs.bench.statements=n}: the n statements that took the most server time, per phase. */
    private static final int STATEMENTS = Integer.getInteger("ktgs.bench.statements", 0);
    /** {@code -Dktgs.bench.explain=FILE}: the plans of the reads, from the server's log. */
    private static final String EXPLAIN = System.getProperty("ktgs.bench.explain");

    private final Random random = new Random(65_02L);
    private final JdbcPorts jdbc;
    private final DataSource ds;
    private final String schema;
    private final int threads = Integer.getInteger("ktgs.bench.threads", 2);

    private ProvinceLoadBenchmark(DataSource ds, String schema) {
        this.ds = ds;
        this.schema = schema;
        JdbcOptions.Builder options = JdbcOptions.builder(Actor.fixed("benchmark"),
                Clock.fixed(Instant.parse("2025-12-31T03:00:00Z"), VIETNAM)).schema(schema);
        if (PARALLEL_READS) {
            options.parallelReads();
        }
        this.jdbc = JdbcPorts.open(ds, options.build());
    }

    public static void main(String[] args) throws Exception {
        int cells = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int activities = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        String url = System.getProperty("ktgs.bench.url");
        EmbeddedPostgres pg = null;
        HikariConfig config = new HikariConfig();
        if (url == null) {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            List<String> preload = new ArrayList<>();
            if (STATEMENTS > 0) {
                preload.add("pg_stat_statements");
            }
            if (EXPLAIN != null) {
                preload.add("auto_explain");
                java.io.File log = new java.io.File(EXPLAIN).getAbsoluteFile();
                builder.setServerConfig("logging_collector", "on"); // the server's log, where the plans go
                builder.setServerConfig("log_directory", log.getParent());
                builder.setServerConfig("log_filename", log.getName());
            }
            if (!preload.isEmpty()) {
                builder.setServerConfig("shared_preload_libraries", String.join(",", preload));
            }
            pg = builder.start();
            config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(url);
            config.setUsername(System.getProperty("ktgs.bench.user", "postgres"));
            config.setPassword(System.getProperty("ktgs.bench.password", ""));
        }
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setMaximumPoolSize(4);
        String schema = "ktgs_bench_" + Long.toString(System.nanoTime(), 36);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            long t0 = System.nanoTime();
            KtgsSchema.migrate(ds, schema);
            System.out.printf(Locale.ROOT, "migrate: %.2f s%n", (System.nanoTime() - t0) / 1e9);
            try (Connection c = ds.getConnection()) {
                System.out.println("database: " + c.getMetaData().getDatabaseProductName() + " "
                        + c.getMetaData().getDatabaseProductVersion() + ", driver "
                        + c.getMetaData().getDriverVersion() + ", reWriteBatchedInserts=true");
            }
            new ProvinceLoadBenchmark(ds, schema).run(cells, members, activities);
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    private void run(int cellCount, int memberCount, int activityCount) throws SQLException {
        System.out.printf(Locale.ROOT, "loading threads (connections): %d; committeeYear on %d connection(s)%n",
                threads, PARALLEL_READS ? 2 : 1);
        System.out.printf(Locale.ROOT, "data set: %d committees, %d cells, %d members, %d plans, %d activities%n",
                COMMITTEES, cellCount, memberCount, cellCount, activityCount);
        Organisation bloc = organisation("ĐUK", "Đảng ủy Khối các cơ quan tỉnh", OrganisationKind.BLOC_COMMITTEE, null);
        List<Organisation> committees = new ArrayList<>();
        for (int i = 0; i < COMMITTEES; i++) {
            committees.add(organisation(String.format("ĐUK-%03d", i), "Đảng ủy cơ quan số " + i,
                    OrganisationKind.GRASSROOTS_COMMITTEE, bloc.id()));
        }
        List<Organisation> cells = new ArrayList<>();
        for (int i = 0; i < cellCount; i++) {
            Organisation committee = committees.get(i % COMMITTEES);
            cells.add(organisation(committee.code() + String.format("-%03d", i / COMMITTEES),
                    "Chi bộ Phòng " + i + " – Tổng hợp, Hành chính", OrganisationKind.SUBORDINATE_CELL, committee.id()));
        }
        List<Organisation> organisations = new ArrayList<>();
        organisations.add(bloc);
        organisations.addAll(committees);
        organisations.addAll(cells);

        statements(null);
        long rowsBefore = rows();
        double[] cpuBefore = cpu();
        long start = System.nanoTime();
        // parents before children: organisations in one thread, in order
        timed("organisations", organisations, jdbc.bulk()::organisations, 1);

        List<List<MemberId>> membersOfCell = new ArrayList<>();
        for (int i = 0; i < cellCount; i++) {
            membersOfCell.add(new ArrayList<>());
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            int cell = i % cellCount;
            Member m = new Member(MemberId.random(), String.format("DV-%07d", i), name(i),
                    List.of(new Member.Membership(cells.get(cell).id(), DateRange.from(LocalDate.of(2000 + i % 24,
                            1 + i % 12, 1 + i % 28)), i % 10 == 0 ? MembershipStatus.PROBATIONARY
                            : MembershipStatus.FULL)), List.of(), 1);
            membersOfCell.get(cell).add(m.id());
            members.add(m);
        }
        timed("members", members, jdbc.bulk()::members, threads);

        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < cellCount; i++) {
            List<MemberId> ms = membersOfCell.get(i);
            List<PlanItem> items = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                items.add(new PlanItem(PlanItemId.random(), k == 0 ? ActivityKind.DUTY_INSPECTION
                        : ActivityKind.REGULAR_SUPERVISION, SupervisionMode.DIRECT,
                        List.of(Target.member(ms.get(k % ms.size())), Target.member(ms.get((k + 1) % ms.size()))),
                        List.of("MEMBER_DUTIES"), "Cải cách hành chính", "Nội dung kiểm tra, giám sát số " + k,
                        DateRange.of(LocalDate.of(2025, 1 + 3 * k, 1), LocalDate.of(2025, 3 + 3 * k, 28)),
                        ms.get(0), List.of(ms.get(0), ms.get(1 % ms.size()))));
            }
            plans.add(new Plan(PlanId.random(), cells.get(i).id(), 2025, "Kế hoạch kiểm tra, giám sát năm 2025",
                    List.of(), List.of(new PlanRevision(1, items, LocalDate.of(2025, 1, 10), null)), 1));
        }
        timed("plans", plans, jdbc.bulk()::plans, threads);

        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < activityCount; i++) {
            int cell = i % cellCount;
            Plan plan = plans.get(cell);
            PlanItem item = plan.items().get(i / cellCount % 3);
            activities.add(activity(cells.get(cell).id(), plan.id(), item, i));
        }
        timed("activities", activities, jdbc.bulk()::activities, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        long loaded = rows() - rowsBefore;
        System.out.printf(Locale.ROOT, "TOTAL: %,d rows in %.1f s = %,.0f rows/s (every table, audit included)%n",
                loaded, seconds, loaded / seconds);
        printCpu("load", cpuBefore);

        long a0 = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("ANALYZE");
        }
        System.out.printf(Locale.ROOT, "ANALYZE (what autovacuum does after a bulk load): %.1f s%n",
                (System.nanoTime() - a0) / 1e9);
        statements("load");
        if (EXPLAIN != null) {
            explained(true);
            jdbc.committeeYear(committees.get(0).id(), 2025);
            jdbc.committeeYear(bloc.id(), 2025);
            explained(false);
            System.out.println("plans of the reads of one committee's year and of the province's year: " + EXPLAIN);
        }
        Ports ports = jdbc.ports();
        long r0 = System.nanoTime();
        List<Plan> year = ports.plans().ofYear(2025);
        double planRead = (System.nanoTime() - r0) / 1e9;
        System.out.printf(Locale.ROOT, "read: Plans.ofYear(2025): %,d plans in %.2f s%n", year.size(), planRead);
        for (int round = 1; round <= 2; round++) {
            long r1 = System.nanoTime();
            CommitteeYear one = jdbc.committeeYear(committees.get(0).id(), 2025);
            double oneRead = (System.nanoTime() - r1) / 1e9;
            long r2 = System.nanoTime();
            CommitteeYear province = jdbc.committeeYear(bloc.id(), 2025);
            double provinceRead = (System.nanoTime() - r2) / 1e9;
            System.out.printf(Locale.ROOT, "read %d: committeeYear(one committee): %,d organisations, %,d plans, %,d "
                    + "activities in %.2f s; committeeYear(whole province): %,d organisations, %,d plans, %,d "
                    + "activities in %.2f s%n", round, one.organisations().size(), one.plans().size(),
                    one.activities().size(), oneRead, province.organisations().size(), province.plans().size(),
                    province.activities().size(), provinceRead);
        }
        // the whole province scored from the database: one set-based read, then every committee's cells scored
        for (int round = 1; round <= 2; round++) {
            double[] cpu0 = cpu();
            long s0 = System.nanoTime();
            CommitteeYear province = jdbc.committeeYear(bloc.id(), 2025);
            List<vn.ktgs.scoring.CellRecords> cellRecords = province.cells();
            double read = (System.nanoTime() - s0) / 1e9;
            printCpu("score " + round + ", set-based read", cpu0);
            double[] cpu1 = cpu();
            long s1 = System.nanoTime();
            java.util.Map<vn.ktgs.organisation.OrganisationId, List<vn.ktgs.scoring.CellRecords>> byCommittee =
                    new java.util.LinkedHashMap<>();
            for (vn.ktgs.scoring.CellRecords c : cellRecords) {
                byCommittee.computeIfAbsent(c.cell().parent(), k -> new ArrayList<>()).add(c);
            }
            java.util.Map<vn.ktgs.organisation.OrganisationId, vn.ktgs.organisation.Organisation> orgs =
                    new java.util.HashMap<>();
            province.organisations().forEach(o -> orgs.put(o.id(), o));
            vn.ktgs.scoring.Scorer scorer = new vn.ktgs.scoring.Scorer(vn.ktgs.json.JsonCriteriaSets.shippedDefault());
            vn.ktgs.scoring.IndicatorCalculator calculator =
                    new vn.ktgs.scoring.IndicatorCalculator(vn.ktgs.report.ReportingSchedule.defaults());
            int scored = 0;
            for (var e : byCommittee.entrySet()) {
                scored += vn.ktgs.scoring.ScoringService.score(orgs.get(e.getKey()), e.getValue(), 2025,
                        java.time.LocalDate.of(2026, 2, 15), scorer, null, calculator).cells().size();
            }
            double score = (System.nanoTime() - s1) / 1e9;
            printCpu("score " + round + ", scoring", cpu1);
            if (round == 2) {
                statements("reads");
            }
            System.out.printf(Locale.ROOT, "score %d: the whole province from the database: %,d cells of %,d "
                    + "committees in %.1f s (set-based read %.1f s + scoring %.1f s)%n", round, scored,
                    byCommittee.size(), read + score, read, score);
        }
    }

    /** Turns the server's plan log ({@code auto_explain}, actual rows, times, buffers) on or off for every session. */
    private void explained(boolean on) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            if (on) {
                st.execute("ALTER SYSTEM SET auto_explain.log_min_duration = 0");
                st.execute("ALTER SYSTEM SET auto_explain.log_analyze = on");
                st.execute("ALTER SYSTEM SET auto_explain.log_buffers = on");
                st.execute("ALTER SYSTEM SET auto_explain.log_nested_statements = on");
            } else {
                st.execute("ALTER SYSTEM RESET ALL");
            }
            st.execute("SELECT pg_reload_conf()");
        }
        try {
            Thread.sleep(500); // every backend reads the new settings before its next statement
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * With {@code -Dktgs.bench.statements}: prints the statements that took the most server time since the last
     * call (none when {@code phase} is null), then starts counting again.
     */
    private void statements(String phase) throws SQLException {
        if (STATEMENTS <= 0) {
            return;
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            if (phase != null) {
                System.out.printf(Locale.ROOT, "server time of the %s, by statement (pg_stat_statements):%n", phase);
                try (ResultSet rs = st.executeQuery("SELECT calls, total_exec_time, rows, query FROM "
                        + "pg_stat_statements ORDER BY total_exec_time DESC LIMIT " + STATEMENTS)) {
                    while (rs.next()) {
                        String q = rs.getString(4).replace('\n', ' ').replace("\"" + schema + "\".", "");
                        System.out.printf(Locale.ROOT, "  %8d calls %9.0f ms %9d rows  %s%n", rs.getLong(1),
                                rs.getDouble(2), rs.getLong(3), q.substring(0, Math.min(170, q.length())));
                    }
                }
            }
            st.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** Loads {@code values} in transactions of {@value #CHUNK} aggregates, {@code threads} at a time. */
    private <T> void timed(String what, List<T> values, Consumer<List<T>> load, int parallel) throws SQLException {
        long before = rows();
        long t = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int i = 0; i < values.size(); i += CHUNK) {
                List<T> chunk = values.subList(i, Math.min(values.size(), i + CHUNK));
                chunks.add(pool.submit(() -> load.accept(chunk)));
            }
            for (Future<?> f : chunks) {
                f.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        double s = (System.nanoTime() - t) / 1e9;
        long n = rows() - before;
        System.out.printf(Locale.ROOT, "%-14s %,9d aggregates %,10d rows %7.1f s %,10.0f rows/s %,9.0f aggregates/s%n",
                what, values.size(), n, s, n / s, values.size() / s);
    }

    /**
     * CPU seconds used so far by this JVM and by the database's processes (the children of the postmaster, read from
     * {@code /proc}: embedded or local PostgreSQL on Linux only, else 0): what a phase costs whatever else the
     * machine runs, unlike its wall-clock time.
     */
    private double[] cpu() throws SQLException {
        double jvm = ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        double db = 0;
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            String postmaster = stat(rs.getLong(1))[3];
            java.io.File[] procs = new java.io.File("/proc").listFiles((d, n) -> n.chars().allMatch(Character::isDigit));
            for (java.io.File proc : procs == null ? new java.io.File[0] : procs) {
                String[] f = stat(Long.parseLong(proc.getName()));
                if (f.length > 14 && postmaster.equals(f[3])) {
                    db += (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;   // clock ticks (USER_HZ 100)
                }
            }
        } catch (RuntimeException e) {
            db = 0;
        }
        return new double[] {jvm, db};
    }

    /** The fields of {@code /proc/pid/stat} after the command name; empty when the process is gone. */
    private static String[] stat(long pid) {
        try {
            String line = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (java.io.IOException | RuntimeException e) {
            return new String[0];
        }
    }

    private void printCpu(String phase, double[] before) throws SQLException {
        double[] now = cpu();
        System.out.printf(Locale.ROOT, "  cpu of %s: JVM %.1f s + PostgreSQL %.1f s%n", phase, now[0] - before[0],
                now[1] - before[1]);
    }

    /** Rows in every table of the schema (exact counts). */
    private long rows() throws SQLException {
        long total = 0;
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, schema, "ktgs_%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    if (!rs.getString("TABLE_NAME").equals(KtgsSchema.HISTORY_TABLE)) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + schema + "\"." + t)) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
        }
        return total;
    }

    private Activity activity(OrganisationId cell, PlanId plan, PlanItem item, int i) {
        LocalDate opened = LocalDate.of(2025, 1 + i % 11, 1 + i % 28);
        List<StageRecord> stages = new ArrayList<>(List.of(new StageRecord(Stage.NOTIFIED, opened, "Thông báo"),
                new StageRecord(Stage.SELF_REPORT_RECEIVED, opened.plusDays(5), ""),
                new StageRecord(Stage.VERIFIED, opened.plusDays(10), "Thẩm tra, xác minh")));
        Conclusion conclusion = null;
        List<Recommendation> recommendations = List.of();
        if (random.nextInt(3) > 0) {
            LocalDate on = opened.plusDays(15);
            stages.add(new StageRecord(Stage.CONCLUDED, on, "Hội nghị chi bộ"));
            conclusion = new Conclusion(on, List.of("Chấp hành tốt"), List.of("Có lúc chưa gương mẫu"),
                    random.nextInt(4) == 0 ? List.of(new ViolationFinding(item.targets().get(0), "Vi phạm nhỏ",
                            Severity.LESS_SERIOUS, false)) : List.of(), "BB-" + i);
            recommendations = List.of(new Recommendation(RecommendationId.random(), "Rút kinh nghiệm",
                    item.targets().get(0), on.plusDays(30), RecommendationStatus.OPEN, null, ""));
        }
        return new Activity(ActivityId.random(), cell, plan, item.id(), item.kind(), item.mode(), item.targets(),
                item.content(), item.responsible(), stages, conclusion, recommendations, List.of(), List.of(), null, 1);
    }

    private static Organisation organisation(String code, String name, OrganisationKind kind, OrganisationId parent) {
        return new Organisation(new OrganisationId(UUID.randomUUID()), code, name, kind, parent,
                LocalDate.of(2020, 10, 1), List.of(), 1);
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tôn Thất"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Quốc"};
    private static final String[] GIVEN = {"Ưng", "Ấn", "Đức", "Hằng", "Lạc", "Thủy", "Yến", "Quyết", "Ổn", "Ẩn"};

    private static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[i / 17 % MIDDLE.length] + " " + GIVEN[i / 119 % GIVEN.length];
    }
}
