package vn.ktgs.rest;

import static vn.ktgs.rest.LiveServer.obj;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.rest.LiveServer.Reply;

/**
 * A load run on loopback, a benchmark and not a test (it is never run by the test suite): N concurrent clients
 * (default 50) for S seconds (default 30) against the seed data, 90 % reads (organisation, plan, document chain,
 * reach, member list) and 10 % writes (new members, and narrative edits of one shared draft report under
 * If-Match, where 412 is the expected answer to a lost race). Reports requests per second, p50/p99 latency, the
 * errors (any 5xx, any unexpected status, any I/O failure) and checks that no write was lost: every member
 * created is stored, and the report's version is one plus the number of accepted edits.
 *
 * <pre>
 * ./mvnw -q -B -ntp -pl adapters-rest -am test-compile
 * ./mvnw -q -B -ntp -pl adapters-rest exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.ktgs.rest.LoadRun \
 *     -Dexec.args="50 30"
 * </pre>
 */
public final class LoadRun {

    private LoadRun() {
    }

    public static void main(String[] args) throws InterruptedException {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (LiveServer s = new LiveServer(KtgsRestApplication.DEFAULT_BODY_LIMIT, 16)) {
            HttpSeed seed = HttpSeed.load(s);
            var sec = s.as(seed.secretary(0));
            s.clock.set(LocalDate.of(2025, 1, 7));
            Reply draft = sec.post("/plans", seed.draftBody(0)).ok(201);
            s.clock.set(LocalDate.of(2025, 1, 10));
            Reply plan = sec.post("/plans/" + draft.id() + "/adoption", obj("adoptedOn", "2025-01-10"),
                    "If-Match", draft.etag()).ok(200);
            s.clock.set(LocalDate.of(2025, 4, 7));
            Reply report = sec.post("/reports", obj("organisation", seed.cells.get(0), "period", "2025-Q1",
                    "narrative", "")).ok(201);
            String[] reads = {
                "/organisations/" + seed.cells.get(0), "/plans/" + plan.id(), "/documents/" + seed.plan65 + "/chain",
                "/documents/" + seed.plan65 + "/reach?cell=" + seed.cells.get(0),
                "/organisations/" + seed.cells.get(0) + "/members", "/reports/" + report.id(),
            };

            ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger membersCreated = new AtomicInteger();
            AtomicInteger edits = new AtomicInteger();
            AtomicInteger lostRaces = new AtomicInteger();
            AtomicLong codes = new AtomicLong();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Thread thread = new Thread(() -> {
                    var admin = s.admin();
                    List<Long> mine = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        int dice = ThreadLocalRandom.current().nextInt(100);
                        long t0 = System.nanoTime();
                        try {
                            if (dice < 90) {
                                Reply r = sec.get(reads[dice % reads.length]);
                                if (r.status() != 200) {
                                    errors.incrementAndGet();
                                }
                            } else if (dice < 95) {
                                Reply r = admin.post("/members", obj("code", "LR" + codes.incrementAndGet(),
                                        "fullName", "Nguyễn Thị Ưng"));
                                if (r.status() == 201) {
                                    membersCreated.incrementAndGet();
                                } else {
                                    errors.incrementAndGet();
                                }
                            } else {
                                Reply current = sec.get("/reports/" + report.id());
                                Reply r = sec.put("/reports/" + report.id() + "/narrative",
                                        obj("narrative", "Lần sửa " + UUID.randomUUID()), "If-Match", current.etag());
                                if (r.status() == 200) {
                                    edits.incrementAndGet();
                                } else if (r.status() == 412) {
                                    lostRaces.incrementAndGet();
                                } else {
                                    errors.incrementAndGet();
                                }
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                        mine.add(System.nanoTime() - t0);
                    }
                    samples.add(mine.stream().mapToLong(Long::longValue).toArray());
                }, "client-" + c);
                thread.start();
                threads.add(thread);
            }
            for (Thread t : threads) {
                t.join();
            }
            long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            long created = codes.get() == 0 ? 0 : java.util.stream.LongStream.rangeClosed(1, codes.get())
                    .filter(i -> s.ktgs.organisations().memberByCode("LR" + i).isPresent()).count();
            long version = s.ktgs.reports().reportFor(new OrganisationId(seed.cells.get(0)),
                    ReportingPeriod.quarter(2025, 1)).orElseThrow().version();
            System.out.printf("clients %d, %d s: %d requests, %.0f requests/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    clients, seconds, all.length, all.length / (double) seconds, all[all.length / 2] / 1e6,
                    all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6);
            System.out.printf("errors %d; members created %d, stored %d; narrative edits %d (+%d lost races, 412), "
                    + "report version %d (expected %d)%n", errors.get(), membersCreated.get(), created, edits.get(),
                    lostRaces.get(), version, 1 + edits.get());
            boolean ok = errors.get() == 0 && created == membersCreated.get() && version == 1 + edits.get();
            System.out.println(ok ? "OK: zero errors, no lost writes" : "FAILED");
            if (!ok) {
                System.exit(1);
            }
        }
    }
}
