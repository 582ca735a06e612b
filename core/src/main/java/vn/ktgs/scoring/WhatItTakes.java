package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.VietnameseOrder;
import vn.ktgs.document.Disseminations;
import vn.ktgs.document.DocumentId;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Target;
import vn.ktgs.report.PeriodKind;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.ReportingSchedule;

/**
 * Còn cần gì để lên mức (what it takes): for a cell on a day of the year, the least further work that would raise
 * it to each higher level under its criteria set, or why a level is out of reach. Computed from the set's rules,
 * bands, gates and quota; nothing in it names a criterion.
 *
 * <h2>What is projected</h2>
 * The records as they stand are scored as on 31 December of the year (the day the year's result is read; on a day
 * after the year, as on that day): items not concluded count as late, reports not submitted as missing. That is
 * the cell's {@linkplain CellGuidance#projected() projected} scorecard, its level after the gates and the quota
 * among the cells of its committee (the other cells as projected).
 *
 * <h2>Which steps</h2>
 * Each {@link StepKind} moves the numerator (and for one kind the denominator) of the indicators it names by a
 * fixed amount per step, as the indicator's definition gives. For each kind, the records a step can still be done
 * on that day: an item whose window has not closed and that has no concluded record, a member on the roll and
 * still in the cell who is not yet covered (or named by the plan, or reached by the dissemination), a
 * recommendation due this year on or after the day and not closed, a required report due on or after the day
 * (and by the projection day) not yet submitted, the secretary not yet in charge of an activity, and so on. What a
 * closed window, a passed deadline or a discipline decided cannot be undone, and no step lowers a count of
 * discipline. A plan not adopted can be adopted (its draft items then count); the steps on a plan's items are
 * proposed on the plan as adopted.
 *
 * <h2>What "least" means</h2>
 * For each level above the projected one, the proposal is a number of steps of each kind such that, applied to the
 * indicator values and scored again under the same set, the level after the gates is at least that level and the
 * total clears the quota's bar (below). Among all such combinations of the kinds above (every count from 0 to the
 * number of records a kind can be done on), it has the <b>fewest steps</b> (the sum of the counts, adopting the plan
 * being one step); among those with the fewest steps, the <b>highest total</b>; among those, the one found first
 * in the order of the kinds. The search is exact: the kinds that move a common indicator are enumerated together,
 * every count of each, and the groups are combined by dynamic programming over the number of steps and the
 * points counted (so that a total rescaled for criteria not applicable is compared exactly).
 *
 * <h2>The quota</h2>
 * With a quota, excellent also needs a total that keeps the cell among those the quota lets stay excellent, given
 * the other cells as projected: above the total of the last of them the quota keeps (equal wins only when the
 * set's tie-break keeps this cell's code first). When the quota allows no excellent cell at all, excellent is out
 * of reach.
 *
 * <h2>Out of reach</h2>
 * A level is out of reach when the year is over, when a gate that caps below it holds and no step can lift it (a
 * discipline decided; too many items already late), when every step still possible leaves the total below its
 * threshold, or when the quota keeps it out; each reason is given with the numbers.
 */
public final class WhatItTakes {

    /** The most combinations of one group of kinds that move a common indicator that are enumerated. */
    static final long LIMIT = 4_000_000;

    private final OrganisationService organisations;
    private final YearRecords records;
    private final Disseminations disseminations;
    private final IndicatorCalculator calculator;

    public WhatItTakes(OrganisationService organisations, YearRecords records, Disseminations disseminations,
                       IndicatorCalculator calculator) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.records = Objects.requireNonNull(records, "records");
        this.disseminations = Objects.requireNonNull(disseminations, "disseminations");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    /**
     * What it takes, on {@code on}, for the year {@code on} falls in: for a cell, the cell's guidance (its
     * committee's other cells projected for the quota); for a committee, every cell below it, in Vietnamese order
     * of their codes.
     *
     * @param governingDocuments the documents whose dissemination counts, as for {@link ScoringService#score}
     * @throws vn.ktgs.common.NotFoundException when the organisation does not exist
     * @throws vn.ktgs.common.RejectedException when the criteria set is not sound
     */
    public List<CellGuidance> guidance(OrganisationId organisation, LocalDate on, CriteriaSet set,
                                       List<DocumentId> governingDocuments) {
        return guidance(organisation, on.getYear(), on, set, governingDocuments);
    }

    /** The same for {@code year}, on any day ({@code on} after the year: every higher level is out of reach). */
    public List<CellGuidance> guidance(OrganisationId organisation, int year, LocalDate on, CriteriaSet set,
                                       List<DocumentId> governingDocuments) {
        Organisation o = organisations.organisation(organisation);
        boolean cell = o.kind().isCell();
        OrganisationId committee = cell && o.parent() != null ? o.parent() : o.id();
        List<CellRecords> cells = records.cellsOf(committee, year);
        if (cell && cells.stream().noneMatch(c -> c.cell().id().equals(o.id()))) {
            cells = records.cellsOf(o.id(), year);
        }
        Set<MemberId> reached = ScoringService.reached(disseminations, governingDocuments, year, cells);
        return guide(cells, year, on, new Scorer(set), reached, calculator, cell ? o.id() : null);
    }

    /**
     * What it takes for records already loaded (by an adapter, or a benchmark): one committee's cells, with a
     * {@link Scorer} made once.
     *
     * @param reached the members reached by every governing document, or {@code null} when none counts
     * @param only the one cell to guide, or {@code null} for every cell
     */
    public static List<CellGuidance> guide(List<CellRecords> cells, int year, LocalDate on, Scorer scorer,
                                           @Nullable Set<MemberId> reached, IndicatorCalculator calculator,
                                           @Nullable OrganisationId only) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate asOf = on.isAfter(yearEnd) ? on : yearEnd;
        List<CellRecords> ordered = ScoringService.inVietnameseOrder(cells);
        List<Map<Indicator, IndicatorValue>> values = new ArrayList<>(ordered.size());
        List<Scorecard> cards = new ArrayList<>(ordered.size());
        Workspace ws = new Workspace();
        for (CellRecords c : ordered) {
            Map<Indicator, IndicatorValue> v = calculator.cell(c, year, asOf, reached, ws);
            values.add(v);
            cards.add(scorer.score(subject(c), year, v));
        }
        List<Scorecard> projected = scorer.applyQuota(cards);
        List<CellGuidance> out = new ArrayList<>();
        Engine engine = new Engine(scorer);
        for (int i = 0; i < ordered.size(); i++) {
            CellRecords c = ordered.get(i);
            if (only != null && !only.equals(c.cell().id())) {
                continue;
            }
            out.add(engine.cell(c, values.get(i), projected.get(i), cards, year, on, asOf, reached, calculator));
        }
        return List.copyOf(out);
    }

    private static Scorer.Subject subject(CellRecords c) {
        return new Scorer.Subject(c.cell().id(), c.cell().code(), c.cell().name());
    }

    /** Steps of one kind that can still be done: how many, and on which records. */
    record Action(StepKind kind, int cap, List<Step.Candidate> candidates) {
    }

    /**
     * The steps still possible for a cell on {@code on}, from its records and its projected values; the kinds in
     * their declared order. Plan-item steps only when a plan is in force on 31 December.
     */
    static List<Action> actions(CellRecords c, Map<Indicator, IndicatorValue> values, int year, LocalDate on,
                                LocalDate asOf, @Nullable Set<MemberId> reached, ReportingSchedule schedule) {
        DateRange y = DateRange.year(year);
        if (on.isAfter(y.to())) {
            return List.of();
        }
        LocalDate start = on.isBefore(y.from()) ? y.from() : on;
        OrganisationId cell = c.cell().id();
        Plan plan = c.plan();
        PlanRevision revision = plan == null ? null : IndicatorCalculator.inForce(plan, y.to());
        List<PlanItem> items = revision == null ? List.of() : revision.items();
        List<Activity> activities = IndicatorCalculator.current(c.activities());

        Map<PlanItemId, Activity> latest = new HashMap<>();
        Set<MemberId> covered = new HashSet<>();
        for (Activity a : activities) {
            if (a.item() != null && plan != null && plan.id().equals(a.plan())) {
                Activity held = latest.get(a.item());
                if (held == null || a.openedOn().isAfter(held.openedOn()) || a.openedOn().equals(held.openedOn())
                        && a.id().value().compareTo(held.id().value()) > 0) {
                    latest.put(a.item(), a);
                }
            }
            if (y.contains(a.openedOn())) {
                for (Target t : a.targets()) {
                    if (t instanceof Target.OfMember m) {
                        covered.add(m.member());
                    }
                }
            }
        }
        Set<MemberId> planned = new HashSet<>();
        for (PlanItem item : items) {
            for (Target t : item.targets()) {
                if (t instanceof Target.OfMember m) {
                    planned.add(m.member());
                }
            }
        }

        Map<StepKind, List<Step.Candidate>> found = new EnumMap<>(StepKind.class);
        Map<StepKind, Integer> unbounded = new EnumMap<>(StepKind.class);
        List<Step.Candidate> conclude = new ArrayList<>();
        List<Step.Candidate> untargeted = new ArrayList<>();
        List<Step.Candidate> untied = new ArrayList<>();
        for (PlanItem item : items) {
            Activity a = latest.get(item.id());
            Conclusion x = a == null ? null : a.conclusion();
            if (x == null && !item.window().to().isBefore(on)) {
                conclude.add(new Step.Candidate(item.id().value(), item.content(), item.window().to()));
            }
            if (item.targets().isEmpty()) {
                untargeted.add(new Step.Candidate(item.id().value(), item.content(), null));
            }
            if (item.focus().isEmpty() || item.politicalTask().isBlank()) {
                untied.add(new Step.Candidate(item.id().value(), item.content(), null));
            }
        }
        List<Step.Candidate> supervise = new ArrayList<>();
        List<Step.Candidate> nameMembers = new ArrayList<>();
        List<Step.Candidate> nameLeaders = new ArrayList<>();
        List<Step.Candidate> disseminate = new ArrayList<>();
        List<Step.Candidate> secretary = new ArrayList<>();
        boolean plannedTarget = false;
        for (Member m : c.people()) {
            boolean onRoll = m.wasMemberDuring(cell, y);
            boolean present = m.isMemberOf(cell, start);
            boolean leader = false;
            boolean isSecretary = false;
            for (Member.Role role : m.roles()) {
                if (role.organisation().equals(cell) && role.period().overlaps(y)) {
                    RoleKind kind = role.kind();
                    leader |= kind == RoleKind.SECRETARY || kind == RoleKind.DEPUTY_SECRETARY
                            || kind == RoleKind.CELL_COMMITTEE_MEMBER;
                    isSecretary |= kind == RoleKind.SECRETARY && (role.period().to() == null || !role.period().to().isBefore(start));
                }
            }
            Step.Candidate who = new Step.Candidate(m.id().value(), m.fullName(), null);
            if (onRoll && present && !covered.contains(m.id())) {
                supervise.add(who);
            }
            if (revision != null && onRoll && present && !planned.contains(m.id())) {
                (leader ? nameLeaders : nameMembers).add(who);
            }
            plannedTarget |= revision != null && onRoll && present && planned.contains(m.id());
            if (reached != null && present && m.isMemberOf(cell, y.to()) && !reached.contains(m.id())) {
                disseminate.add(who);
            }
            if (isSecretary) {
                secretary.add(who);
            }
        }
        found.put(StepKind.NAME_MEMBER_TARGET, nameMembers);
        found.put(StepKind.NAME_LEADER_TARGET, nameLeaders);
        if (revision != null && values.get(Indicator.PLAN_HAS_INSPECTION_AND_SUPERVISION).numerator() == 0
                && plannedTarget) {
            unbounded.put(StepKind.ADD_MISSING_KIND_ITEM, 1);
        }
        found.put(StepKind.CONCLUDE_ITEM, conclude);
        found.put(StepKind.SUPERVISE_MEMBER, supervise);

        List<Step.Candidate> recommendations = new ArrayList<>();
        List<Step.Candidate> violations = new ArrayList<>();
        for (Activity a : activities) {
            for (Recommendation r : a.recommendations()) {
                if (y.contains(r.due()) && r.closedOn() == null && !r.due().isBefore(on)) {
                    recommendations.add(new Step.Candidate(r.id().value(), r.text(), r.due()));
                }
            }
            Conclusion x = a.conclusion();
            if (x != null && y.contains(x.concludedOn())) {
                for (ViolationFinding f : x.violations()) {
                    if (!IndicatorCalculator.handled(a, f)) {
                        violations.add(new Step.Candidate(a.id().value(), a.subject(), null));
                    }
                }
            }
        }
        found.put(StepKind.CLOSE_RECOMMENDATION, recommendations);

        List<Step.Candidate> reports = new ArrayList<>();
        for (PeriodKind kind : PeriodKind.values()) {
            if (!schedule.isRequired(kind)) {
                continue;
            }
            for (int i = 1; i <= kind.perYear(); i++) {
                ReportingPeriod period = new ReportingPeriod(kind, year, i);
                LocalDate deadline = schedule.deadline(period);
                if (deadline.isAfter(asOf) || deadline.isBefore(on)) {
                    continue;
                }
                Report held = null;
                for (Report r : c.reports()) {
                    if (r.period().equals(period)) {
                        held = r;
                    }
                }
                if (held == null || held.submissions().isEmpty()) {
                    reports.add(new Step.Candidate(held == null ? null : held.id().value(), period.toString(),
                            deadline));
                }
            }
        }
        found.put(StepKind.SUBMIT_REPORT, reports);
        unbounded.put(StepKind.COORDINATE, Integer.MAX_VALUE);
        found.put(StepKind.DISSEMINATE, disseminate);
        if (values.get(Indicator.SECRETARY_LED).numerator() == 0 && !secretary.isEmpty()) {
            found.put(StepKind.SECRETARY_LEADS, secretary);
            unbounded.put(StepKind.SECRETARY_LEADS, 1);
        }
        found.put(StepKind.NAME_ITEM_TARGETS, plannedTarget ? untargeted : List.of());
        found.put(StepKind.TIE_ITEM_TO_TASK, untied);
        found.put(StepKind.HANDLE_VIOLATION, violations);

        List<Action> out = new ArrayList<>();
        Comparator<Step.Candidate> order = Comparator.comparing(Step.Candidate::due,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Step.Candidate::name,
                VietnameseOrder.texts());
        for (StepKind kind : StepKind.values()) {
            List<Step.Candidate> on1 = found.getOrDefault(kind, List.of());
            Integer cap = unbounded.get(kind);
            int n = cap != null ? cap : on1.size();
            if (n > 0) {
                List<Step.Candidate> sorted = new ArrayList<>(on1);
                sorted.sort(order);
                out.add(new Action(kind, n, sorted));
            }
        }
        return out;
    }

    /** The cell's records with its plan adopted on {@code on} (the draft's items; a plan without items if none). */
    static CellRecords adopted(CellRecords c, int year, LocalDate on) {
        Plan plan = c.plan();
        LocalDate day = on;
        Plan adopted = plan == null
                ? new Plan(vn.ktgs.plan.PlanId.random(), c.cell().id(), year, "", List.of(),
                        List.of(new PlanRevision(1, List.of(), day, null)), 1)
                : new Plan(plan.id(), plan.organisation(), plan.year(), plan.title(), List.of(),
                        List.of(new PlanRevision(1, plan.draftItems(), day, null)), plan.version() + 1);
        return new CellRecords(c.cell(), c.people(), adopted, c.activities(), c.reports());
    }

    /** The search for one scorer, its work buffers reused from cell to cell. */
    static final class Engine {
        private final Scorer scorer;
        private final CriteriaSet set;
        private final List<Criterion> criteria;
        private final List<Gate> gates;
        private final int scale;
        private final BigDecimal maxPoints;
        private final Set<Indicator> read = java.util.EnumSet.noneOf(Indicator.class);

        Engine(Scorer scorer) {
            this.scorer = scorer;
            this.set = scorer.criteriaSet();
            this.criteria = set.criteria();
            this.gates = set.gates();
            if (gates.size() > 63) {
                throw new IllegalArgumentException("what it takes reads at most 63 gates");
            }
            int s = 2;
            for (Criterion c : criteria) {
                s = Math.max(s, c.max().stripTrailingZeros().scale());
                if (c.rule() instanceof Rule.Bands b) {
                    for (Band band : b.bands()) {
                        s = Math.max(s, band.points().stripTrailingZeros().scale());
                    }
                }
                if (c.rule() instanceof Rule.PerCount pc) {
                    s = Math.max(s, pc.each().stripTrailingZeros().scale());
                }
                read.add(c.indicator());
            }
            for (Gate g : gates) {
                read.add(g.indicator());
            }
            this.scale = Math.min(s, 9);
            this.maxPoints = set.maxPoints();
        }

        CellGuidance cell(CellRecords c, Map<Indicator, IndicatorValue> values, Scorecard projected,
                          List<Scorecard> cards, int year, LocalDate on, LocalDate asOf,
                          @Nullable Set<MemberId> reached, IndicatorCalculator calculator) {
            List<LevelPath> paths = new ArrayList<>();
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            boolean open = !on.isAfter(yearEnd);
            Scenario plain = null;
            Scenario adopting = null;
            if (open) {
                plain = new Scenario(values, actions(c, values, year, on, asOf, reached, calculator.schedule()),
                        false);
                Plan plan = c.plan();
                if (plan == null || plan.revisions().isEmpty()) {
                    CellRecords a = adopted(c, year, on);
                    Map<Indicator, IndicatorValue> v = calculator.cell(a, year, asOf, reached);
                    adopting = new Scenario(v, actions(a, v, year, on, asOf, reached, calculator.schedule()), true);
                }
            }
            for (int l = projected.level().ordinal() - 1; l >= 0; l--) {
                Level level = Level.values()[l];
                if (!open) {
                    paths.add(new LevelPath(level, false, List.of(), null, List.of(Reason.of(
                            "ktgs.guidance.unreachable.yearOver", "year", year, "on", on.format(Step.DAY)))));
                    continue;
                }
                QuotaBar bar = level == Level.EXCELLENT ? quotaBar(projected, cards) : QuotaBar.NONE;
                Solution best = solve(plain, values, level, bar, projected, year);
                if (adopting != null) {
                    Solution other = solve(adopting, values, level, bar, projected, year);
                    if (other.better(best) || !best.reachable && !other.reachable) {
                        best = other;
                    }
                }
                paths.add(best.path(level));
            }
            return new CellGuidance(c.cell().id(), c.cell().code(), c.cell().name(), year, on, set.id(),
                    set.version(), projected, paths);
        }

        /**
         * The path to {@code level} from {@code values} with {@code actions}, no plan to adopt and no quota (for
         * tests of the search itself).
         */
        LevelPath path(Map<Indicator, IndicatorValue> values, List<Action> actions, Level level) {
            Scorecard projected = scorer.score(new Scorer.Subject(new OrganisationId(new java.util.UUID(0, 1)),
                    "CB", "CB"), 2025, values);
            return solve(new Scenario(values, actions, false), values, level, QuotaBar.NONE, projected, 2025)
                    .path(level);
        }

        /** The bar the quota sets on the total of an excellent cell, the other cells as projected. */
        private QuotaBar quotaBar(Scorecard self, List<Scorecard> cards) {
            Quota q = set.quota();
            if (q == null) {
                return QuotaBar.NONE;
            }
            long basis = q.basis() == Quota.Basis.GOOD_OR_BETTER ? 1 : 0;
            List<Scorecard> excellent = new ArrayList<>();
            for (Scorecard c : cards) {
                if (c.organisation().equals(self.organisation())) {
                    continue;
                }
                boolean counts = q.basis() == Quota.Basis.GOOD_ONLY ? c.afterGates() == Level.GOOD
                        : c.afterGates().isAtLeast(Level.GOOD);
                basis += counts ? 1 : 0;
                if (c.afterGates() == Level.EXCELLENT) {
                    excellent.add(c);
                }
            }
            long allowed = q.share().multiply(BigDecimal.valueOf(basis)).setScale(0, RoundingMode.FLOOR)
                    .longValueExact();
            if (allowed == 0) {
                return new QuotaBar(true, null, false, Reason.of("ktgs.guidance.unreachable.quotaNone",
                        "share", q.share(), "basis", basis, "source", q.source()));
            }
            if (excellent.size() < allowed) {
                return QuotaBar.NONE;
            }
            Comparator<Scorecard> byCode = Comparator.comparing(Scorecard::code, q.order().comparator());
            Comparator<Scorecard> keepFirst = Comparator.comparing(Scorecard::total).reversed()
                    .thenComparing(q.tieBreak() == Quota.TieBreak.LAST_CODE_FIRST ? byCode : byCode.reversed());
            excellent.sort(keepFirst);
            Scorecard pivot = excellent.get((int) allowed - 1);
            int byCodes = q.order().comparator().compare(self.code(), pivot.code());
            boolean tieWins = q.tieBreak() == Quota.TieBreak.LAST_CODE_FIRST ? byCodes < 0 : byCodes > 0;
            return new QuotaBar(false, pivot.total(), tieWins, Reason.of(tieWins ? "ktgs.guidance.quota.atLeast"
                    : "ktgs.guidance.quota.above", "allowed", allowed, "basis", basis, "share", q.share(),
                    "total", pivot.total(), "code", pivot.code(), "source", q.source()));
        }

        /** One way to start from: the records as they are, or with the plan adopted first. */
        static final class Scenario {
            private final Map<Indicator, IndicatorValue> values;
            private final List<Action> actions;
            private final boolean adopts;
            private @Nullable Prepared prepared;

            Scenario(Map<Indicator, IndicatorValue> values, List<Action> actions, boolean adopts) {
                this.values = values;
                this.actions = actions;
                this.adopts = adopts;
            }

            Map<Indicator, IndicatorValue> values() {
                return values;
            }

            List<Action> actions() {
                return actions;
            }

            boolean adopts() {
                return adopts;
            }

            /** The groups, enumerated once for every level asked about. */
            Prepared prepared(Engine engine) {
                if (prepared == null) {
                    prepared = engine.prepare(this);
                }
                return prepared;
            }
        }

        /** The kinds of one group that move a common indicator, and every combination of their counts. */
        final class Group {
            final List<Action> actions = new ArrayList<>();
            final List<Indicator> indicators = new ArrayList<>();
            final List<Integer> criteriaIn = new ArrayList<>();
            final List<Integer> gatesIn = new ArrayList<>();
            int[] caps;
            int size;
            int[] steps;
            long[] earned;
            long[] counted;
            long[] triggered;

            void enumerate(Map<Indicator, IndicatorValue> base) {
                caps = new int[actions.size()];
                long product = 1;
                for (int i = 0; i < caps.length; i++) {
                    caps[i] = actions.get(i).cap();
                    product *= caps[i] + 1L;
                    if (product > LIMIT) {
                        throw new IllegalStateException("what it takes: more than " + LIMIT
                                + " combinations of steps move " + indicators);
                    }
                }
                size = (int) product;
                steps = new int[size];
                earned = new long[size];
                counted = new long[size];
                triggered = new long[size];
                int[][] into = new int[caps.length][];
                int[][] dn = new int[caps.length][];
                int[][] dd = new int[caps.length][];
                for (int i = 0; i < caps.length; i++) {
                    List<StepKind.Move> moves = actions.get(i).kind().moves();
                    into[i] = new int[moves.size()];
                    dn[i] = new int[moves.size()];
                    dd[i] = new int[moves.size()];
                    for (int m = 0; m < moves.size(); m++) {
                        into[i][m] = indicators.indexOf(moves.get(m).indicator());
                        dn[i][m] = moves.get(m).numerator();
                        dd[i][m] = moves.get(m).denominator();
                    }
                }
                int[] x = new int[caps.length];
                long[] num = new long[indicators.size()];
                long[] den = new long[indicators.size()];
                Map<Indicator, IndicatorValue> now = new EnumMap<>(Indicator.class);
                for (int o = 0; o < size; o++) {
                    int total = 0;
                    for (int j = 0; j < indicators.size(); j++) {
                        IndicatorValue v = base.get(indicators.get(j));
                        num[j] = v.numerator();
                        den[j] = v.denominator();
                    }
                    for (int i = 0; i < caps.length; i++) {
                        total += x[i];
                        if (x[i] == 0) {
                            continue;
                        }
                        for (int m = 0; m < into[i].length; m++) {
                            int j = into[i][m];
                            if (j >= 0) {
                                num[j] += (long) dn[i][m] * x[i];
                                den[j] += (long) dd[i][m] * x[i];
                            }
                        }
                    }
                    for (int j = 0; j < indicators.size(); j++) {
                        now.put(indicators.get(j), new IndicatorValue(indicators.get(j), num[j], den[j], List.of(),
                                ""));
                    }
                    steps[o] = total;
                    long e = 0;
                    long cm = 0;
                    for (int k : criteriaIn) {
                        CriterionResult r = scorer.criterion(k, now.get(criteria.get(k).indicator()));
                        if (r.counted()) {
                            e += units(r.points());
                            cm += units(r.criterion().max());
                        }
                    }
                    earned[o] = e;
                    counted[o] = cm;
                    long mask = 0;
                    for (int g : gatesIn) {
                        if (gates.get(g).triggeredBy(now.get(gates.get(g).indicator()))) {
                            mask |= 1L << g;
                        }
                    }
                    triggered[o] = mask;
                    for (int i = caps.length - 1; i >= 0; i--) {
                        if (x[i] < caps[i]) {
                            x[i]++;
                            break;
                        }
                        x[i] = 0;
                    }
                }
            }

            /** The counts of option {@code o}, one per action. */
            int[] counts(int o) {
                int[] x = new int[caps.length];
                for (int i = caps.length - 1; i >= 0; i--) {
                    x[i] = o % (caps[i] + 1);
                    o /= caps[i] + 1;
                }
                return x;
            }
        }

        private long units(BigDecimal points) {
            return points.movePointRight(scale).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }

        private BigDecimal total(long earnedUnits, long countedUnits) {
            BigDecimal earned = BigDecimal.valueOf(earnedUnits, scale);
            BigDecimal countedMax = BigDecimal.valueOf(countedUnits, scale);
            if (countedMax.signum() == 0) {
                return BigDecimal.ZERO.setScale(2);
            }
            if (countedMax.compareTo(maxPoints) == 0) {
                return earned.setScale(2, RoundingMode.HALF_UP);
            }
            return earned.multiply(maxPoints).divide(countedMax, 2, RoundingMode.HALF_UP);
        }

        /** The groups of a scenario's kinds, every combination of each enumerated, and the criteria no step moves. */
        Prepared prepare(Scenario s) {
            Map<Indicator, IndicatorValue> base = s.values();
            // the groups: kinds joined when they move a common indicator the set reads
            List<Group> groups = new ArrayList<>();
            Map<Indicator, Group> byIndicator = new EnumMap<>(Indicator.class);
            for (Action a : s.actions()) {
                List<Indicator> moved = new ArrayList<>();
                for (StepKind.Move m : a.kind().moves()) {
                    if (read.contains(m.indicator())) {
                        moved.add(m.indicator());
                    }
                }
                if (moved.isEmpty()) {
                    continue;
                }
                Group into = null;
                for (Indicator i : moved) {
                    Group g = byIndicator.get(i);
                    if (g != null && g != into) {
                        if (into == null) {
                            into = g;
                        } else {
                            into.actions.addAll(g.actions);
                            for (Indicator j : g.indicators) {
                                into.indicators.add(j);
                                byIndicator.put(j, into);
                            }
                            groups.remove(g);
                        }
                    }
                }
                if (into == null) {
                    into = new Group();
                    groups.add(into);
                }
                into.actions.add(limited(a, base));
                for (Indicator i : moved) {
                    if (!into.indicators.contains(i)) {
                        into.indicators.add(i);
                        byIndicator.put(i, into);
                    }
                }
            }
            long fixedEarned = 0;
            long fixedCounted = 0;
            for (int k = 0; k < criteria.size(); k++) {
                Group g = byIndicator.get(criteria.get(k).indicator());
                if (g != null) {
                    g.criteriaIn.add(k);
                } else {
                    CriterionResult r = scorer.criterion(k, base.get(criteria.get(k).indicator()));
                    if (r.counted()) {
                        fixedEarned += units(r.points());
                        fixedCounted += units(r.criterion().max());
                    }
                }
            }
            for (int k = 0; k < gates.size(); k++) {
                Group g = byIndicator.get(gates.get(k).indicator());
                if (g != null) {
                    g.gatesIn.add(k);
                }
            }
            for (Group g : groups) {
                g.enumerate(base);
            }
            return new Prepared(groups, byIndicator, fixedEarned, fixedCounted);
        }

        /** What {@link #prepare} made. */
        record Prepared(List<Group> groups, Map<Indicator, Group> byIndicator, long fixedEarned, long fixedCounted) {
        }

        /**
         * The states that no other beats: for each points counted, a state with more steps is kept only when it has
         * more points than every state with fewer (a state with as many points and fewer steps does at least as
         * well whatever is added to both, so the fewest steps and then the highest total are never lost).
         */
        private static Map<Long, long[]> frontier(Map<Long, long[]> states) {
            List<Map.Entry<Long, long[]>> all = new ArrayList<>(states.entrySet());
            all.sort(Comparator.<Map.Entry<Long, long[]>>comparingLong(e -> countedOf(e.getKey()))
                    .thenComparingInt(e -> stepsOf(e.getKey())));
            Map<Long, long[]> out = new LinkedHashMap<>();
            long counted = -1;
            long most = Long.MIN_VALUE;
            for (Map.Entry<Long, long[]> e : all) {
                if (countedOf(e.getKey()) != counted) {
                    counted = countedOf(e.getKey());
                    most = Long.MIN_VALUE;
                }
                if (e.getValue()[0] > most) {
                    out.put(e.getKey(), e.getValue());
                    most = e.getValue()[0];
                }
            }
            return out;
        }

        /** The same over one group's best options by (steps, points counted). */
        private static List<Integer> frontier(Map<Long, Integer> bestOf, Group g) {
            Map<Long, long[]> as = new LinkedHashMap<>();
            bestOf.forEach((k, o) -> as.put(k, new long[] {g.earned[o], o}));
            List<Integer> out = new ArrayList<>();
            frontier(as).values().forEach(v -> out.add((int) v[1]));
            return out;
        }

        /** The least steps of {@code s} reaching {@code level}, or why none does. */
        private Solution solve(Scenario s, Map<Indicator, IndicatorValue> original, Level level, QuotaBar bar,
                               Scorecard projected, int year) {
            Map<Indicator, IndicatorValue> base = s.values();
            long required = 0;
            for (int g = 0; g < gates.size(); g++) {
                if (!gates.get(g).cap().isAtLeast(level)) {
                    required |= 1L << g;
                }
            }
            Prepared prep = s.prepared(this);
            List<Group> groups = prep.groups();
            Map<Indicator, Group> byIndicator = prep.byIndicator();
            long fixedEarned = prep.fixedEarned();
            long fixedCounted = prep.fixedCounted();
            List<Reason> notes = new ArrayList<>();
            for (int k = 0; k < gates.size(); k++) {
                Gate gate = gates.get(k);
                Group g = byIndicator.get(gate.indicator());
                if (g == null && (required & 1L << k) != 0 && gate.triggeredBy(base.get(gate.indicator()))) {
                    notes.add(gateReason("ktgs.guidance.unreachable.gate", gate, base.get(gate.indicator()), null));
                }
            }
            for (Group g : groups) {
                long needed = 0;
                for (int k : g.gatesIn) {
                    needed |= required & 1L << k;
                }
                for (int k : g.gatesIn) {
                    long bit = 1L << k;
                    if ((needed & bit) == 0) {
                        continue;
                    }
                    boolean liftable = false;
                    for (int o = 0; o < g.size && !liftable; o++) {
                        liftable = (g.triggered[o] & bit) == 0;
                    }
                    if (!liftable) {
                        Gate gate = gates.get(k);
                        notes.add(gateReason(g.size == 1 ? "ktgs.guidance.unreachable.gate"
                                : "ktgs.guidance.unreachable.gateLimited", gate, base.get(gate.indicator()),
                                best(g, gate, base)));
                    }
                }
            }
            if (!notes.isEmpty()) {
                return Solution.unreachable(notes);
            }
            if (bar.impossible()) {
                return Solution.unreachable(List.of(bar.note()));
            }
            // dynamic programming over the groups: (steps, counted maximum) → the most points, and how
            List<Map<Long, long[]>> layers = new ArrayList<>();
            Map<Long, long[]> states = new HashMap<>();
            states.put(key(s.adopts() ? 1 : 0, fixedCounted), new long[] {fixedEarned, -1, -1});
            for (Group g : groups) {
                long needed = 0;
                for (int k : g.gatesIn) {
                    needed |= required & 1L << k;
                }
                Map<Long, Integer> bestOf = new LinkedHashMap<>();
                for (int o = 0; o < g.size; o++) {
                    if ((g.triggered[o] & needed) != 0) {
                        continue;
                    }
                    long k = key(g.steps[o], g.counted[o]);
                    Integer held = bestOf.get(k);
                    if (held == null || g.earned[o] > g.earned[held]) {
                        bestOf.put(k, o);
                    }
                }
                List<Integer> options = frontier(bestOf, g);
                Map<Long, long[]> next = new LinkedHashMap<>();
                for (Map.Entry<Long, long[]> st : states.entrySet()) {
                    long st0 = st.getKey();
                    for (int o : options) {
                        long nk = key(stepsOf(st0) + g.steps[o], countedOf(st0) + g.counted[o]);
                        long ne = st.getValue()[0] + g.earned[o];
                        long[] held = next.get(nk);
                        if (held == null || ne > held[0]) {
                            next.put(nk, new long[] {ne, st0, o});
                        }
                    }
                }
                next = frontier(next);
                layers.add(next);
                states = next;
            }
            // the fewest steps reaching the level, then the highest total
            Long chosen = null;
            BigDecimal chosenTotal = null;
            int chosenSteps = Integer.MAX_VALUE;
            BigDecimal highest = null;
            for (Map.Entry<Long, long[]> st : states.entrySet()) {
                int n = stepsOf(st.getKey());
                BigDecimal t = total(st.getValue()[0], countedOf(st.getKey()));
                if (highest == null || t.compareTo(highest) > 0) {
                    highest = t;
                }
                if (n > chosenSteps || !set.thresholds().levelOf(t).isAtLeast(level) || !bar.admits(t)) {
                    continue;
                }
                if (n < chosenSteps || t.compareTo(chosenTotal) > 0) {
                    chosen = st.getKey();
                    chosenTotal = t;
                    chosenSteps = n;
                }
            }
            if (chosen == null) {
                List<Reason> why = new ArrayList<>();
                BigDecimal threshold = set.thresholds().lowest(level);
                BigDecimal top = Objects.requireNonNull(highest);
                if (top.compareTo(threshold) < 0) {
                    why.add(Reason.of("ktgs.guidance.unreachable.points", "level", level, "threshold", threshold,
                            "best", top));
                } else {
                    why.add(Reason.of("ktgs.guidance.unreachable.quotaBar", "best", top));
                    why.add(Objects.requireNonNull(bar.note()));
                }
                return Solution.unreachable(why);
            }
            // the counts of each kind, back through the layers
            Map<Action, Integer> counts = new LinkedHashMap<>();
            long k = chosen;
            for (int gi = groups.size() - 1; gi >= 0; gi--) {
                long[] st = layers.get(gi).get(k);
                Group g = groups.get(gi);
                int[] x = g.counts((int) st[2]);
                for (int i = 0; i < x.length; i++) {
                    if (x[i] > 0) {
                        counts.put(g.actions.get(i), x[i]);
                    }
                }
                k = st[1];
            }
            return steps(s, original, counts, level, chosenTotal, bar, projected, year);
        }

        /** The action with its cap cut to the steps that can still change a criterion or a gate. */
        private Action limited(Action a, Map<Indicator, IndicatorValue> base) {
            if (a.cap() != Integer.MAX_VALUE) {
                return a;
            }
            long most = 0;
            for (StepKind.Move m : a.kind().moves()) {
                if (m.numerator() <= 0 || !read.contains(m.indicator())) {
                    continue;
                }
                long now = base.get(m.indicator()).numerator();
                long top = now;
                for (Criterion c : criteria) {
                    if (c.indicator() != m.indicator()) {
                        continue;
                    }
                    if (c.rule() instanceof Rule.Bands b) {
                        for (Band band : b.bands()) {
                            top = Math.max(top, band.from().setScale(0, RoundingMode.CEILING).longValue());
                        }
                    } else if (c.rule() instanceof Rule.PerCount pc && pc.each().signum() > 0) {
                        top = Math.max(top, c.max().divide(pc.each(), 0, RoundingMode.CEILING).longValue());
                    } else {
                        top = Math.max(top, 1);
                    }
                }
                for (Gate g : gates) {
                    if (g.indicator() == m.indicator()) {
                        top = Math.max(top, g.threshold().setScale(0, RoundingMode.FLOOR).longValue() + 1);
                    }
                }
                most = Math.max(most, (top - now + m.numerator() - 1) / m.numerator());
            }
            return new Action(a.kind(), (int) Math.min(most, 10_000), a.candidates());
        }

        /** The best value of a gate's indicator any combination of its group gives (for a reason). */
        private String best(Group g, Gate gate, Map<Indicator, IndicatorValue> base) {
            IndicatorValue v = base.get(gate.indicator());
            int j = g.indicators.indexOf(gate.indicator());
            long num = v.numerator();
            long den = v.denominator();
            for (int i = 0; i < g.actions.size(); i++) {
                for (StepKind.Move m : g.actions.get(i).kind().moves()) {
                    if (m.indicator() == gate.indicator() && j >= 0) {
                        boolean helps = gate.condition() == Gate.Condition.BELOW
                                || gate.condition() == Gate.Condition.AT_MOST ? m.numerator() > 0 : m.numerator() < 0;
                        if (helps || m.numerator() == 0) {
                            num += (long) m.numerator() * g.caps[i];
                            den += (long) m.denominator() * g.caps[i];
                        }
                    }
                }
            }
            return new IndicatorValue(gate.indicator(), num, den, List.of(), "").fraction();
        }

        private Reason gateReason(String key, Gate gate, IndicatorValue value, @Nullable String best) {
            LocalisedText named = gate.label();
            return Reason.of(key, "gate", gate.id(), "label", named, "indicator", gate.indicator(),
                    "value", value.fraction(), "condition", gate.condition(), "threshold", gate.threshold(),
                    "cap", gate.cap(), "source", gate.source(), "best", best == null ? value.fraction() : best);
        }

        /** The steps as a person reads them, applied one kind after another, checked by scoring them again. */
        private Solution steps(Scenario s, Map<Indicator, IndicatorValue> original, Map<Action, Integer> counts,
                               Level level, BigDecimal total, QuotaBar bar, Scorecard projected, int year) {
            List<Step> out = new ArrayList<>();
            Map<Indicator, IndicatorValue> now = new EnumMap<>(Indicator.class);
            now.putAll(s.values());
            if (s.adopts()) {
                out.add(step(StepKind.ADOPT_PLAN, 1, List.of(), original, s.values()));
            }
            List<Action> ordered = new ArrayList<>(counts.keySet());
            ordered.sort(Comparator.comparing(Action::kind));
            for (Action a : ordered) {
                int x = counts.get(a);
                Map<Indicator, IndicatorValue> after = new EnumMap<>(Indicator.class);
                after.putAll(now);
                for (StepKind.Move m : a.kind().moves()) {
                    IndicatorValue v = after.get(m.indicator());
                    after.put(m.indicator(), new IndicatorValue(m.indicator(), v.numerator() + (long) m.numerator() * x,
                            v.denominator() + (long) m.denominator() * x, List.of(), ""));
                }
                out.add(step(a.kind(), x, a.candidates(), now, after));
                now = after;
            }
            Scorecard check = scorer.score(new Scorer.Subject(projected.organisation(), projected.code(),
                    projected.name()), year, now);
            if (!check.afterGates().isAtLeast(level) || check.total().compareTo(total) != 0 || !bar.admits(total)) {
                throw new IllegalStateException("what it takes: the steps for " + projected.code() + " give "
                        + check.total() + " and " + check.afterGates() + ", not " + total + " and " + level);
            }
            List<Reason> notes = bar.note() == null ? List.of() : List.of(bar.note());
            return new Solution(true, out, total, notes);
        }

        private Step step(StepKind kind, int count, List<Step.Candidate> candidates,
                          Map<Indicator, IndicatorValue> before, Map<Indicator, IndicatorValue> after) {
            List<Step.Effect> effects = new ArrayList<>();
            BigDecimal points = BigDecimal.ZERO;
            for (int k = 0; k < criteria.size(); k++) {
                Criterion c = criteria.get(k);
                IndicatorValue b = before.get(c.indicator());
                IndicatorValue a = after.get(c.indicator());
                if (b.numerator() == a.numerator() && b.denominator() == a.denominator()) {
                    continue;
                }
                CriterionResult rb = scorer.criterion(k, b);
                CriterionResult ra = scorer.criterion(k, a);
                effects.add(new Step.Effect(c.id(), c.label(), c.indicator(), b.fraction(), a.fraction(),
                        rb.points(), ra.points(), ra.band()));
                points = points.add(ra.points()).subtract(rb.points());
            }
            return new Step(kind, count, candidates, effects, points);
        }
    }

    private static long key(long steps, long counted) {
        return steps << 40 | counted;
    }

    private static int stepsOf(long key) {
        return (int) (key >>> 40);
    }

    private static long countedOf(long key) {
        return key & ((1L << 40) - 1);
    }

    /**
     * What the quota asks of an excellent cell's total: nothing, more than {@code over} ({@code tieWins}: or equal),
     * or impossible; with the note that says so.
     */
    record QuotaBar(boolean impossible, @Nullable BigDecimal over, boolean tieWins, @Nullable Reason note) {
        static final QuotaBar NONE = new QuotaBar(false, null, false, null);

        boolean admits(BigDecimal total) {
            if (impossible) {
                return false;
            }
            if (over == null) {
                return true;
            }
            int c = total.compareTo(over);
            return c > 0 || c == 0 && tieWins;
        }
    }

    /** A scenario's answer for one level. */
    record Solution(boolean reachable, List<Step> steps, @Nullable BigDecimal total, List<Reason> notes) {
        static Solution unreachable(List<Reason> why) {
            return new Solution(false, List.of(), null, why);
        }

        int count() {
            return steps.stream().mapToInt(Step::count).sum();
        }

        boolean better(Solution other) {
            if (!reachable) {
                return false;
            }
            if (!other.reachable) {
                return true;
            }
            int byCount = Integer.compare(count(), other.count());
            return byCount < 0 || byCount == 0 && Objects.requireNonNull(total).compareTo(other.total) > 0;
        }

        LevelPath path(Level level) {
            return new LevelPath(level, reachable, steps, total, notes);
        }
    }
}
