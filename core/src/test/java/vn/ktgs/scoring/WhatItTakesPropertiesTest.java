package vn.ktgs.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The search of {@link WhatItTakes} against brute force, on cells drawn at random under the numbers of the shipped
 * set (version 2) and under a set with proportional and per-count rules: the steps it proposes, applied to the
 * indicator values and scored again, reach the promised level with the promised total; no combination of the same
 * kinds of steps with fewer steps reaches it, none with as many has a higher total; and when it says a level is out
 * of reach, no combination reaches it.
 */
class WhatItTakesPropertiesTest {

    private static final Level[] LEVELS = {Level.COMPLETED, Level.GOOD, Level.EXCELLENT};

    /** A drawn cell: its values and the steps still possible, each kind's cap at most 2 or 3. */
    private record Drawn(Map<Indicator, IndicatorValue> values, List<WhatItTakes.Action> actions) {
    }

    private static IndicatorValue v(Indicator i, long n, long d) {
        return new IndicatorValue(i, n, d, List.of(), "");
    }

    private static Drawn draw(long seed) {
        Random r = new Random(seed);
        Map<Indicator, IndicatorValue> m = new EnumMap<>(Indicator.class);
        boolean adopted = r.nextInt(8) > 0;
        int roll = 1 + r.nextInt(12);
        int leaders = Math.min(roll, r.nextInt(4));
        int plannedLeaders = adopted ? r.nextInt(leaders + 1) : 0;
        int planned = adopted ? plannedLeaders + r.nextInt(roll - leaders + 1) : 0;
        int items = adopted ? r.nextInt(7) : 0;
        int onTime = r.nextInt(items + 1);
        int covered = r.nextInt(roll + 1);
        int recs = r.nextInt(5);
        int closed = r.nextInt(recs + 1);
        int reports = r.nextInt(5);
        int inTime = r.nextInt(reports + 1);
        int coordinated = r.nextInt(3);
        boolean disseminating = r.nextBoolean();
        int reached = r.nextInt(roll + 1);
        int secretary = r.nextInt(2);
        int mix = adopted ? r.nextInt(2) : 0;
        int disciplined = r.nextInt(6) == 0 ? 1 : 0;
        m.put(Indicator.PLAN_ADOPTED, v(Indicator.PLAN_ADOPTED, adopted ? 1 : 0, 1));
        m.put(Indicator.PLAN_TARGETS_MEMBER_SHARE, v(Indicator.PLAN_TARGETS_MEMBER_SHARE, planned, roll));
        m.put(Indicator.PLAN_TARGETS_LEADERSHIP, v(Indicator.PLAN_TARGETS_LEADERSHIP, plannedLeaders, leaders));
        m.put(Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION, v(Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION, mix, 1));
        m.put(Indicator.PLAN_ITEMS_WITH_TARGETS, v(Indicator.PLAN_ITEMS_WITH_TARGETS, items, items));
        m.put(Indicator.PLAN_ITEMS_TIED_TO_POLITICAL_TASK, v(Indicator.PLAN_ITEMS_TIED_TO_POLITICAL_TASK, items, items));
        m.put(Indicator.ITEMS_CONCLUDED_ON_TIME, v(Indicator.ITEMS_CONCLUDED_ON_TIME, onTime, items));
        m.put(Indicator.ITEMS_LATE, v(Indicator.ITEMS_LATE, items - onTime, items));
        m.put(Indicator.MEMBER_COVERAGE, v(Indicator.MEMBER_COVERAGE, covered, roll));
        m.put(Indicator.RECOMMENDATIONS_CLOSED_ON_TIME, v(Indicator.RECOMMENDATIONS_CLOSED_ON_TIME, closed, recs));
        m.put(Indicator.REPORTS_ON_TIME, v(Indicator.REPORTS_ON_TIME, inTime, reports));
        m.put(Indicator.COORDINATED_ACTIVITIES, v(Indicator.COORDINATED_ACTIVITIES, coordinated, 1));
        m.put(Indicator.DISSEMINATION_REACH, disseminating ? v(Indicator.DISSEMINATION_REACH, reached, roll)
                : v(Indicator.DISSEMINATION_REACH, 0, 0));
        m.put(Indicator.SECRETARY_LED, v(Indicator.SECRETARY_LED, secretary, 1));
        m.put(Indicator.VIOLATIONS_FOUND, v(Indicator.VIOLATIONS_FOUND, 0, 1));
        m.put(Indicator.VIOLATIONS_HANDLED, v(Indicator.VIOLATIONS_HANDLED, 0, 0));
        m.put(Indicator.MEMBERS_DISCIPLINED, v(Indicator.MEMBERS_DISCIPLINED, disciplined, 1));
        m.put(Indicator.LEADERSHIP_DISCIPLINED, v(Indicator.LEADERSHIP_DISCIPLINED, disciplined * r.nextInt(2), 1));
        for (Indicator i : List.of(Indicator.CELLS_WITH_ADOPTED_PLAN, Indicator.CELLS_IMPLEMENTING_PLAN,
                Indicator.CELLS_WITH_ASSIGNED_BCH_MEMBER)) {
            m.put(i, v(i, 0, 0));
        }
        List<WhatItTakes.Action> actions = new ArrayList<>();
        int leaderRoom = adopted ? Math.min(leaders - plannedLeaders, roll - planned) : 0;
        int nameLeaders = cap(r, leaderRoom);
        add(actions, StepKind.NAME_LEADER_TARGET, nameLeaders);
        add(actions, StepKind.NAME_MEMBER_TARGET, adopted ? cap(r, roll - planned - leaderRoom) : 0);
        add(actions, StepKind.ADD_MISSING_KIND_ITEM, adopted && mix == 0 ? cap(r, 1) : 0);
        add(actions, StepKind.CONCLUDE_ITEM, cap(r, items - onTime));
        add(actions, StepKind.SUPERVISE_MEMBER, cap(r, roll - covered));
        add(actions, StepKind.CLOSE_RECOMMENDATION, cap(r, recs - closed));
        add(actions, StepKind.SUBMIT_REPORT, cap(r, reports - inTime));
        if (r.nextBoolean()) {
            actions.add(new WhatItTakes.Action(StepKind.COORDINATE, Integer.MAX_VALUE, List.of()));
        }
        add(actions, StepKind.DISSEMINATE, disseminating ? cap(r, roll - reached) : 0);
        add(actions, StepKind.SECRETARY_LEADS, cap(r, 1 - secretary));
        return new Drawn(m, actions);
    }

    private static int cap(Random r, int room) {
        return room <= 0 ? 0 : r.nextInt(Math.min(room, 3) + 1);
    }

    private static void add(List<WhatItTakes.Action> actions, StepKind kind, int cap) {
        if (cap > 0) {
            actions.add(new WhatItTakes.Action(kind, cap, List.of()));
        }
    }

    private static Map<Indicator, IndicatorValue> apply(Map<Indicator, IndicatorValue> values, StepKind kind,
                                                        int count) {
        Map<Indicator, IndicatorValue> out = new EnumMap<>(values);
        for (StepKind.Move m : kind.moves()) {
            IndicatorValue x = out.get(m.indicator());
            out.put(m.indicator(), v(m.indicator(), x.numerator() + (long) m.numerator() * count,
                    x.denominator() + (long) m.denominator() * count));
        }
        return out;
    }

    /** The fewest steps reaching the level and the highest total with that many, over every combination. */
    private record Brute(int fewest, BigDecimal total) {
    }

    private static Brute brute(Scorer scorer, Drawn d, Level level) {
        List<WhatItTakes.Action> actions = d.actions();
        int[] caps = new int[actions.size()];
        for (int i = 0; i < caps.length; i++) {
            // coordination beyond 2 activities adds no point under either set
            caps[i] = actions.get(i).cap() == Integer.MAX_VALUE ? Math.max(0,
                    2 - (int) d.values().get(Indicator.COORDINATED_ACTIVITIES).numerator()) : actions.get(i).cap();
        }
        int[] x = new int[caps.length];
        int fewest = Integer.MAX_VALUE;
        BigDecimal best = null;
        while (true) {
            Map<Indicator, IndicatorValue> now = d.values();
            int steps = 0;
            for (int i = 0; i < x.length; i++) {
                now = apply(now, actions.get(i).kind(), x[i]);
                steps += x[i];
            }
            Scorecard c = scorer.score(ScorerTest.cell("CB"), 2025, now);
            if (c.afterGates().isAtLeast(level) && steps <= fewest) {
                if (steps < fewest || c.total().compareTo(best) > 0) {
                    best = c.total();
                }
                fewest = steps;
            }
            int i = x.length - 1;
            while (i >= 0 && x[i] == caps[i]) {
                x[i] = 0;
                i--;
            }
            if (i < 0) {
                return new Brute(fewest, best);
            }
            x[i]++;
        }
    }

    private static void check(CriteriaSet set, int examples) {
        Scorer scorer = new Scorer(set);
        WhatItTakes.Engine engine = new WhatItTakes.Engine(scorer);
        qt().withExamples(examples).forAll(longs().all()).checkAssert(seed -> {
            Drawn d = draw(seed);
            for (Level level : LEVELS) {
                LevelPath path = engine.path(d.values(), d.actions(), level);
                Brute b = brute(scorer, d, level);
                if (!path.reachable()) {
                    assertThat(b.fewest()).as("seed %d, %s: said out of reach (%s)", seed, level,
                            path.noteTexts(java.util.Locale.ENGLISH)).isEqualTo(Integer.MAX_VALUE);
                    assertThat(path.notes()).isNotEmpty();
                    continue;
                }
                Map<Indicator, IndicatorValue> now = d.values();
                for (Step s : path.steps()) {
                    assertThat(s.count()).isLessThanOrEqualTo(d.actions().stream()
                            .filter(a -> a.kind() == s.kind()).findFirst().orElseThrow().cap());
                    now = apply(now, s.kind(), s.count());
                }
                Scorecard after = scorer.score(ScorerTest.cell("CB"), 2025, now);
                assertThat(after.afterGates().isAtLeast(level)).as("seed %d reaches %s", seed, level).isTrue();
                assertThat(after.total()).isEqualByComparingTo(path.total());
                assertThat(path.stepCount()).as("seed %d, %s: fewest steps", seed, level).isEqualTo(b.fewest());
                assertThat(path.total()).as("seed %d, %s: highest total of the fewest", seed, level)
                        .isEqualByComparingTo(b.total());
            }
        });
    }

    @Test
    void theProposedStepsReachTheLevelAndNoFewerStepsDoUnderTheShippedNumbers() {
        check(CriteriaSetTestData.v2Like(), 400);
    }

    @Test
    void theSameUnderASetWithProportionalAndPerCountRules() {
        check(CriteriaSetTestData.aSet(), 300);
    }
}
