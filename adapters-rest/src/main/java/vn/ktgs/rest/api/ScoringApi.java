package vn.ktgs.rest.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.CriteriaSetRegistry;
import vn.ktgs.scoring.CriterionResult;
import vn.ktgs.scoring.Indicator;
import vn.ktgs.scoring.IndicatorValue;
import vn.ktgs.scoring.Level;
import vn.ktgs.scoring.Reason;
import vn.ktgs.scoring.Scorecard;
import vn.ktgs.scoring.ScorecardText;
import vn.ktgs.scoring.TargetCheck;

/** Bodies of the scoring resources: criteria sets, scorecards and the committee's dashboard. */
public final class ScoringApi {

    private ScoringApi() {
    }

    /** A criteria set registered with the server, in brief. */
    public record CriteriaSetView(String id, int version, String label, LocalDate inForceFrom,
                                  @Nullable LocalDate inForceTo, List<String> legalReferences, boolean isDefault,
                                  String layer, BigDecimal maxPoints, List<CriterionView> criteria) {
        public static CriteriaSetView of(CriteriaSetRegistry.Registered r, Locale locale) {
            CriteriaSet s = r.set();
            return new CriteriaSetView(s.id(), s.version(), s.label().label(locale), s.inForce().from(),
                    s.inForce().to(), s.legalReferences(), s.isDefault(), r.layer().name(), s.maxPoints(),
                    s.criteria().stream().map(c -> new CriterionView(c.id(), c.label().label(locale),
                            c.indicator().code(), c.max(), c.source().label(locale))).toList());
        }
    }

    /** A criterion of a set; its source in the reader's language. */
    public record CriterionView(String id, String label, String indicator, BigDecimal max, String source) {
    }

    /**
     * Which of the records an indicator counted a reader may see: the adapter passes one per organisation and
     * caller, so that no id of a record the caller may not read (an inspection on signs of violation) is answered.
     */
    @FunctionalInterface
    public interface RecordFilter {
        /** The ids of {@code counted} the reader may see, in their order. */
        List<UUID> visible(Indicator indicator, List<UUID> counted);
    }

    /**
     * An indicator's value: numerator over denominator, and the ids of the records counted that the reader may see
     * (the numerator still counts them all).
     */
    public record IndicatorView(String indicator, String label, long numerator, long denominator, boolean applicable,
                                List<UUID> records, String note) {
        public static IndicatorView of(IndicatorValue v, Locale locale, RecordFilter filter) {
            return new IndicatorView(v.indicator().code(), v.indicator().label(locale), v.numerator(),
                    v.denominator(), v.applicable(), filter.visible(v.indicator(), v.counted()), v.note());
        }
    }

    /**
     * The points one criterion gave, and why. {@code state} says whether it was scored ({@code SCORED}) or not
     * applicable — left out ({@code EXCLUDED}: no {@code points}, the scorecard's {@code renormalisation} explains
     * the rescaled total) or given its maximum ({@code FULL_POINTS}).
     */
    public record CriterionPointsView(String criterion, String label, IndicatorView value, String state,
                                      String stateLabel, boolean counted, @Nullable BigDecimal points, BigDecimal max,
                                      String explanation) {
        public static CriterionPointsView of(CriterionResult r, Locale locale, RecordFilter filter) {
            return new CriterionPointsView(r.criterion().id(), r.criterion().label().label(locale),
                    IndicatorView.of(r.value(), locale, filter), r.state().name(), r.state().label(locale),
                    r.counted(), r.countedPoints().orElse(null), r.criterion().max(), r.reason().text(locale));
        }
    }

    /** Phiếu chấm điểm: one organisation's scorecard with every point explained, and the same as text. */
    public record ScorecardView(UUID organisation, String code, String name, int year, String criteriaSet,
                                int criteriaSetVersion, BigDecimal total, BigDecimal max, Level byScore,
                                Level afterGates, Level level, String levelLabel, List<CriterionPointsView> criteria,
                                @Nullable String renormalisation, List<String> gates, List<String> quota,
                                String text) {
        public static ScorecardView of(Scorecard c, Locale locale, RecordFilter filter) {
            return new ScorecardView(c.organisation().value(), c.code(), c.name(), c.year(), c.criteriaSetId(),
                    c.criteriaSetVersion(), c.total(), c.max(), c.byScore(), c.afterGates(), c.level(),
                    c.level().label(locale), c.criteria().stream().map(r -> CriterionPointsView.of(r, locale, filter))
                            .toList(),
                    c.renormalisation().map(r -> r.text(locale)).orElse(null), texts(c.gates(), locale),
                    texts(c.quota(), locale), ScorecardText.render(c, locale));
        }
    }

    /**
     * A target of the committee over its cells (S3, S4, S6), met or not, with its source in the reader's language;
     * its records are the cells counted.
     */
    public record TargetView(String id, String label, IndicatorView value, BigDecimal atLeast, boolean met,
                             String source) {
        public static TargetView of(TargetCheck t, Locale locale) {
            return new TargetView(t.target().id(), t.target().label().label(locale),
                    IndicatorView.of(t.value(), locale, (indicator, cells) -> cells),
                    t.target().atLeast(), t.met(), t.target().source().label(locale));
        }
    }

    /** Bảng tổng hợp của đảng bộ: the committee's targets, the distribution of levels, and every cell's scorecard. */
    public record DashboardView(UUID committee, String code, String name, int year, LocalDate asOf, String criteriaSet,
                                int criteriaSetVersion, boolean allTargetsMet, List<TargetView> targets,
                                Map<Level, Long> distribution, List<ScorecardView> cells) {
        /** {@code filters} gives the filter of each cell's records for the reader. */
        public static DashboardView of(CommitteeScores s, Locale locale,
                                       Function<OrganisationId, RecordFilter> filters) {
            return new DashboardView(s.committee().value(), s.code(), s.name(), s.year(), s.asOf(), s.criteriaSetId(),
                    s.criteriaSetVersion(), s.allTargetsMet(),
                    s.targets().stream().map(t -> TargetView.of(t, locale)).toList(), new TreeMap<>(s.distribution()),
                    s.cells().stream().map(c -> ScorecardView.of(c, locale, filters.apply(c.organisation()))).toList());
        }
    }

    private static List<String> texts(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> r.text(locale)).toList();
    }

    /**
     * Which candidates of a step a reader may not see (the records of an inspection on signs of violation and
     * which records found violations, for a reader who may not read the organisation's confidential content):
     * they are answered as withheld, with neither id, name nor day; the count stays.
     */
    @FunctionalInterface
    public interface CandidateFilter {
        boolean withheld(vn.ktgs.scoring.StepKind kind, vn.ktgs.scoring.Step.Candidate candidate);
    }

    /**
     * Còn cần gì: one cell on one day — its projected scorecard (if nothing more is done) and, for each higher level,
     * the least further work that reaches it or why it is out of reach.
     */
    public record WhatItTakesView(UUID organisation, String code, String name, int year, LocalDate on,
                                  String criteriaSet, int criteriaSetVersion, BigDecimal projectedTotal,
                                  BigDecimal max, Level projectedLevel, String projectedLevelLabel,
                                  List<LevelPathView> paths) {
        public static WhatItTakesView of(vn.ktgs.scoring.CellGuidance g, Locale locale, CandidateFilter filter) {
            return new WhatItTakesView(g.organisation().value(), g.code(), g.name(), g.year(), g.on(),
                    g.criteriaSetId(), g.criteriaSetVersion(), g.projected().total(), g.projected().max(),
                    g.projected().level(), g.projected().level().label(locale),
                    g.paths().stream().map(p -> LevelPathView.of(p, locale, filter)).toList());
        }
    }

    /** The way up to one level: reachable with {@code steps} (their count, the projected total) or not, and why. */
    public record LevelPathView(Level level, String levelLabel, boolean reachable, int stepCount,
                                @Nullable BigDecimal total, List<StepView> steps, List<String> notes) {
        public static LevelPathView of(vn.ktgs.scoring.LevelPath p, Locale locale, CandidateFilter filter) {
            return new LevelPathView(p.level(), p.level().label(locale), p.reachable(), p.stepCount(), p.total(),
                    p.steps().stream().map(s -> StepView.of(s, locale, filter)).toList(), p.noteTexts(locale));
        }
    }

    /** Steps of one kind: how many, on which records (any {@code count} of them), what they move, and as text. */
    public record StepView(String kind, String kindLabel, int count, BigDecimal points, List<CandidateView> candidates,
                           List<EffectView> effects, String text) {
        public static StepView of(vn.ktgs.scoring.Step s, Locale locale, CandidateFilter filter) {
            List<vn.ktgs.scoring.Step.Candidate> shown = s.candidates().stream()
                    .map(c -> filter.withheld(s.kind(), c) ? new vn.ktgs.scoring.Step.Candidate(null,
                            vn.ktgs.common.Messages.label("Guidance.withheld", locale), null) : c).toList();
            vn.ktgs.scoring.Step step = new vn.ktgs.scoring.Step(s.kind(), s.count(), shown, s.effects(), s.points());
            return new StepView(s.kind().name(), s.kind().label(locale), s.count(), s.points(),
                    shown.stream().map(c -> new CandidateView(c.id(), c.name(), c.due())).toList(),
                    s.effects().stream().map(e -> new EffectView(e.criterion(), e.label().label(locale),
                            e.indicator().code(), e.before(), e.after(), e.pointsBefore(), e.pointsAfter(),
                            e.band() == null ? null : e.band().toString())).toList(), step.text(locale));
        }
    }

    /** A record a step can be done on, and the last day it counts ({@code null}: any day of the year). */
    public record CandidateView(@Nullable UUID id, String name, @Nullable LocalDate due) {
    }

    /** What the steps do to one criterion: its indicator and points before and after, the band then matched. */
    public record EffectView(String criterion, String label, String indicator, String before, String after,
                             BigDecimal pointsBefore, BigDecimal pointsAfter, @Nullable String band) {
    }

    /** One rule case's result: its file, name and path, and every difference as expected and actual with its path. */
    public record RuleCaseResultView(String file, String name, String path, boolean passed,
                                     List<MismatchView> mismatches) {
    }

    /** A difference: the path of the expected value, both values, why the engine gave what it gave, and as text. */
    public record MismatchView(String path, String expected, String actual, String why, String text) {
    }

    /** The report of a rule-case file: how many cases, passed and failed, and each case's result. */
    public record RuleCasesReportView(int cases, int passed, int failed, List<RuleCaseResultView> results) {
    }
}
