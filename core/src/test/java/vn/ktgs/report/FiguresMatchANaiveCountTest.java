package vn.ktgs.report;

import vn.ktgs.testing.RecordsTestData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Coordination;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.Discipline;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.InMemoryActivities;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.InMemoryPlans;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Target;
import vn.ktgs.testing.OrgFixture;

/**
 * Over random plans and records (random dates, stages, findings, recommendations, disciplines, coordinations),
 * the calculator's figures equal a direct count written independently here: one pass over plain loops with
 * explicit date comparisons and a hand-written subtree.
 */
class FiguresMatchANaiveCountTest {

    private static final OrgFixture FX = new OrgFixture();
    private static final Organisation CB1 = FX.cell("CB1", "Chi bộ 1");
    private static final Organisation CB2 = FX.cell("CB2", "Chi bộ 2");
    private static final Organisation CB9 = FX.organisation("CB9", "Chi bộ 9", OrganisationKind.SUBORDINATE_CELL,
            FX.organisation("SXD", "Đảng bộ Sở Xây dựng", OrganisationKind.GRASSROOTS_COMMITTEE, FX.bloc));
    private static final List<Organisation> ORGS = List.of(FX.committee, CB1, CB2, CB9);
    private static final Map<OrganisationId, Set<OrganisationId>> SUBTREE = Map.of(
            FX.committee.id(), Set.of(FX.committee.id(), CB1.id(), CB2.id()),
            CB1.id(), Set.of(CB1.id()),
            CB2.id(), Set.of(CB2.id()),
            CB9.id(), Set.of(CB9.id()));
    private static final Member DV1 = FX.member("DV1", "Nguyễn Văn An", CB1);
    private static final List<Target> TARGETS = List.of(Target.member(DV1.id()),
            Target.member(FX.member("DV2", "Trần Thị Bình", CB1).id()),
            Target.member(FX.member("DV3", "Lê Văn Cường", CB2).id()),
            Target.member(FX.member("DV9", "Phạm Văn Dũng", CB9).id()),
            Target.organisation(CB1.id()));
    private static final List<ActivityKind> PLANNABLE =
            List.of(ActivityKind.values()).stream().filter(ActivityKind::isPlannable).toList();
    private static final List<ReportingPeriod> PERIODS = List.of(ReportingPeriod.month(2025, 1),
            ReportingPeriod.month(2025, 2), ReportingPeriod.month(2025, 6), ReportingPeriod.month(2025, 12),
            ReportingPeriod.quarter(2025, 1), ReportingPeriod.quarter(2025, 2), ReportingPeriod.quarter(2025, 3),
            ReportingPeriod.quarter(2025, 4), ReportingPeriod.halfYear(2025, 1), ReportingPeriod.halfYear(2025, 2),
            ReportingPeriod.nineMonths(2025), ReportingPeriod.year(2025));
    private static final List<ReportingSchedule> SCHEDULES = List.of(ReportingSchedule.defaults(),
            ReportingScheduleTest.read(ReportingScheduleTest.file(20, "")));

    /** One generated world: what is stored, and which report is asked for. */
    record Scenario(List<Plan> plans, List<Activity> activities, Organisation reported, ReportingPeriod period,
                    ReportingSchedule schedule) {
        @Override
        public String toString() {
            return reported.code() + " " + period + " cutOff=" + schedule.cutOffDay(period.kind()) + " plans="
                    + plans + " activities=" + activities;
        }
    }

    private static int pick(RandomnessSource in, int lo, int hi) {
        return integers().between(lo, hi).generate(in);
    }

    private static boolean coin(RandomnessSource in) {
        return pick(in, 0, 1) == 1;
    }

    /**
     * A day on or after {@code first}: one time in three a day at an edge of the report's window (the day before
     * it, its first day, its last day, the day after), otherwise up to {@code maxDays} after {@code first}.
     */
    private static LocalDate onOrAfter(RandomnessSource in, List<LocalDate> edges, LocalDate first, int maxDays) {
        if (pick(in, 0, 2) == 0) {
            LocalDate edge = edges.get(pick(in, 0, edges.size() - 1));
            if (!edge.isBefore(first)) {
                return edge;
            }
        }
        return first.plusDays(pick(in, 0, maxDays));
    }

    private static PlanItem randomItem(RandomnessSource in, List<LocalDate> edges) {
        LocalDate from = onOrAfter(in, edges, LocalDate.of(2024, 12, 1), 395);
        return RecordsTestData.item(PLANNABLE.get(pick(in, 0, PLANNABLE.size() - 1)), from,
                from.plusDays(pick(in, 0, 60)), DV1.id(), TARGETS.get(pick(in, 0, TARGETS.size() - 1)));
    }

    private static Plan randomPlan(RandomnessSource in, List<LocalDate> edges, Organisation org, int year) {
        List<PlanItem> items = new ArrayList<>();
        for (int i = pick(in, 0, 4); i > 0; i--) {
            items.add(randomItem(in, edges));
        }
        LocalDate adopted = onOrAfter(in, edges, LocalDate.of(year - 1, 11, 1), 420);
        Plan plan = RecordsTestData.adoptedPlan(org, year, adopted, items);
        for (int r = pick(in, 0, 2); r > 0; r--) {
            adopted = onOrAfter(in, edges, adopted, 150);
            plan = RecordsTestData.amended(plan, adopted, coin(in) ? new PlanItem[] {randomItem(in, edges)} : new PlanItem[0]);
        }
        return plan;
    }

    private static Activity randomActivity(RandomnessSource in, List<LocalDate> edges) {
        Organisation org = ORGS.get(pick(in, 0, ORGS.size() - 1));
        LocalDate notified = onOrAfter(in, edges, LocalDate.of(2024, 10, 1), 500);
        RecordsTestData.ActivityBuilder a = RecordsTestData.activity(org, DV1.id(), notified);
        if (coin(in)) {
            a.planned(PLANNABLE.get(pick(in, 0, PLANNABLE.size() - 1)));
        }
        for (int t = pick(in, 0, 3); t > 0; t--) {
            a.target(TARGETS.get(pick(in, 0, TARGETS.size() - 1)));
        }
        if (coin(in)) {
            LocalDate concluded = onOrAfter(in, edges, notified, 90);
            a.concluded(concluded, pick(in, 0, 3));
            for (int r = pick(in, 0, 3); r > 0; r--) {
                a.recommendation(coin(in) ? onOrAfter(in, edges, concluded, 120) : null);
            }
            for (int d = pick(in, 0, 2); d > 0; d--) {
                a.discipline(TARGETS.get(0), DisciplineForm.REPRIMAND, onOrAfter(in, edges, concluded, 60));
            }
        }
        for (int c = pick(in, 0, 2); c > 0; c--) {
            a.coordination(CoordinationPartner.values()[pick(in, 0, CoordinationPartner.values().length - 1)],
                    onOrAfter(in, edges, notified, 60));
        }
        return a.build();
    }

    private static final Gen<Scenario> SCENARIOS = in -> {
        ReportingPeriod period = PERIODS.get(pick(in, 0, PERIODS.size() - 1));
        ReportingSchedule schedule = SCHEDULES.get(pick(in, 0, 1));
        LocalDate first = schedule.window(period).from();
        LocalDate last = schedule.windowEnd(period);
        List<LocalDate> edges = List.of(first.minusDays(1), first, last, last.plusDays(1));
        List<Plan> plans = new ArrayList<>();
        for (Organisation org : ORGS) {
            if (coin(in)) {
                plans.add(randomPlan(in, edges, org, 2025));
            }
        }
        if (coin(in)) {
            plans.add(randomPlan(in, edges, CB1, 2024));
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = pick(in, 0, 20); i > 0; i--) {
            activities.add(randomActivity(in, edges));
        }
        return new Scenario(plans, activities, ORGS.get(pick(in, 0, 2)), period, schedule);
    };

    private static boolean between(LocalDate d, LocalDate first, LocalDate last) {
        return d.compareTo(first) >= 0 && d.compareTo(last) <= 0;
    }

    /** The figures counted by hand, in the order of {@link ReportFigures}'s components. */
    private static ReportFigures naive(Scenario s) {
        LocalDate first = s.schedule().window(s.period()).from();
        LocalDate last = s.schedule().window(s.period()).end().orElseThrow();
        Set<OrganisationId> inside = SUBTREE.get(s.reported().id());
        int[] n = new int[11];
        for (Plan p : s.plans()) {
            if (p.year() != s.period().year() || !inside.contains(p.organisation())) {
                continue;
            }
            PlanRevision inForce = null;
            for (int i = p.revisions().size() - 1; i >= 0 && inForce == null; i--) {
                if (p.revisions().get(i).adoptedOn().compareTo(last) <= 0) {
                    inForce = p.revisions().get(i);
                }
            }
            if (inForce != null) {
                n[0]++;
                for (PlanItem item : inForce.items()) {
                    LocalDate starts = item.window().from();
                    if (starts.getYear() == s.period().year() && starts.compareTo(last) <= 0) {
                        n[1]++;
                    }
                }
            }
        }
        List<MemberId> reached = new ArrayList<>();
        for (Activity a : s.activities()) {
            if (!inside.contains(a.organisation())) {
                continue;
            }
            if (between(a.stages().get(0).on(), first, last)) {
                n[3]++;
                if (a.kind() == ActivityKind.SIGNS_OF_VIOLATION_INSPECTION) {
                    n[4]++;
                }
                for (Target t : a.targets()) {
                    if (t instanceof Target.OfMember m && !reached.contains(m.member())) {
                        reached.add(m.member());
                    }
                }
            }
            Conclusion c = a.conclusion();
            if (c != null && between(c.concludedOn(), first, last)) {
                if (a.item() != null) {
                    n[2]++;
                }
                n[6] += c.violations().size();
                n[8] += a.recommendations().size();
            }
            for (Discipline d : a.disciplines()) {
                n[7] += between(d.decidedOn(), first, last) ? 1 : 0;
            }
            for (Recommendation r : a.recommendations()) {
                n[9] += r.closedOn() != null && between(r.closedOn(), first, last) ? 1 : 0;
            }
            for (Coordination co : a.coordinations()) {
                n[10] += between(co.on(), first, last) ? 1 : 0;
            }
        }
        n[5] = reached.size();
        return new ReportFigures(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10]);
    }

    @Test
    void computedFiguresEqualADirectCount() {
        qt().withExamples(300).forAll(SCENARIOS).checkAssert(s -> {
            InMemoryPlans plans = new InMemoryPlans();
            InMemoryActivities activities = new InMemoryActivities();
            s.plans().forEach(plans::save);
            s.activities().forEach(activities::save);
            FigureCalculator calculator = new FigureCalculator(plans, activities, FX.service, s.schedule());

            assertThat(calculator.figures(s.reported().id(), s.period())).isEqualTo(naive(s));
        });
    }

    @Test
    void theGeneratorReachesNonZeroFigures() {
        // guards the property above against a generator that only ever produces empty worlds
        int[] nonZero = new int[Figure.values().length];
        qt().withExamples(100).forAll(SCENARIOS).checkAssert(s -> {
            ReportFigures f = naive(s);
            for (Figure fig : Figure.values()) {
                nonZero[fig.ordinal()] += f.value(fig) > 0 ? 1 : 0;
            }
        });
        assertThat(nonZero).doesNotContain(0);
    }
}
