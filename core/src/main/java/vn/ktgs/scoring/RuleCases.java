package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.ktgs.common.Messages;
import vn.ktgs.organisation.OrganisationId;

/**
 * Chạy trường hợp kiểm thử quy tắc: runs {@link RuleCase}s against a criteria set and names every difference
 * between what the case expects and what the engine gives, with its path, both values and why the engine gave what
 * it gave (the criterion's band or formula, the gate, the quota). The engine is the one that scores real cells
 * ({@link Scorer}); nothing is re-computed here.
 */
public final class RuleCases {

    private RuleCases() {
    }

    /**
     * A difference between a case and the engine.
     *
     * @param path where the expectation is in the case's file, e.g. {@code cases[2].cells[0].expect.points.plan}
     * @param expected what the case expects
     * @param actual what the engine gives
     * @param why the engine's own explanation, in the reader's language (empty when there is none)
     */
    public record Mismatch(String path, String expected, String actual, String why) {
        public Mismatch {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(why, "why");
        }

        /** {@code path: expected X, got Y (why)} in the reader's language. */
        public String text(Locale locale) {
            return Messages.format("ktgs.ruleCase.mismatch", locale, Map.of("path", path, "expected", expected,
                    "actual", actual, "why", why.isEmpty() ? "" : " — " + why));
        }
    }

    /** What the engine gave for a case: every cell's scorecard after the quota, and the committee's targets. */
    public record Outcome(List<Scorecard> cards, List<TargetCheck> targets) {
        public Outcome {
            cards = List.copyOf(cards);
            targets = List.copyOf(targets);
        }
    }

    /**
     * Scores a case whose input is indicator values: each cell with {@link Scorer#score}, then the quota over the
     * committee's cells, then the committee's targets from {@link RuleCase#committee()}.
     *
     * @throws IllegalArgumentException when a cell lacks a value of an indicator the set uses (the reader names it)
     */
    public static Outcome score(CriteriaSet set, RuleCase c) {
        return score(new Scorer(set), c);
    }

    /** The same with a scorer made once for the set (several cases of one file). */
    public static Outcome score(Scorer scorer, RuleCase c) {
        CriteriaSet set = scorer.criteriaSet();
        List<Scorecard> cards = new ArrayList<>();
        for (RuleCase.Cell cell : c.cells()) {
            UUID id = UUID.nameUUIDFromBytes(("rule-case:" + cell.path())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Map<Indicator, IndicatorValue> values = new EnumMap<>(Indicator.class);
            values.putAll(cell.indicators());
            cards.add(scorer.score(new Scorer.Subject(new OrganisationId(id), cell.code(), cell.code()), c.year(),
                    values));
        }
        List<TargetCheck> targets = new ArrayList<>();
        for (CommitteeTarget t : set.targets()) {
            IndicatorValue v = c.committee().get(t.indicator());
            if (v != null) {
                targets.add(new TargetCheck(t, v, t.metBy(v)));
            }
        }
        return new Outcome(scorer.applyQuota(cards), targets);
    }

    /**
     * Every difference between what {@code c} expects and {@code outcome}, in the case's order; empty when the
     * engine gives what the case expects.
     */
    public static List<Mismatch> check(RuleCase c, Outcome outcome, Locale locale) {
        List<Mismatch> out = new ArrayList<>();
        Map<String, Scorecard> byCode = new HashMap<>();
        outcome.cards().forEach(card -> byCode.put(card.code(), card));
        for (RuleCase.Cell cell : c.cells()) {
            String at = cell.path() + ".expect";
            Scorecard card = byCode.get(cell.code());
            if (card == null) {
                out.add(new Mismatch(cell.path() + ".code", cell.code(), Messages.format("ktgs.ruleCase.noCell",
                        locale, Map.of()), ""));
                continue;
            }
            RuleCase.Expected e = cell.expected();
            e.indicators().forEach((indicator, fraction) -> {
                IndicatorValue v = card.indicators().stream().filter(x -> x.indicator() == indicator).findFirst()
                        .orElse(null);
                String actual = v == null ? "—" : v.numerator() + "/" + v.denominator();
                if (!fraction.toString().equals(actual)) {
                    out.add(new Mismatch(at + ".indicators." + indicator.code(), fraction.toString(), actual, ""));
                }
            });
            e.points().forEach((criterion, points) -> {
                CriterionResult r = card.criteria().stream().filter(x -> x.criterion().id().equals(criterion))
                        .findFirst().orElse(null);
                if (r == null) {
                    out.add(new Mismatch(at + ".points." + criterion, plain(points),
                            Messages.format("ktgs.ruleCase.noCriterion", locale, Map.of()), ""));
                } else if (!within(r.points(), points, c.tolerance())) {
                    out.add(new Mismatch(at + ".points." + criterion, plain(points), plain(r.points()),
                            r.criterion().label().label(locale) + ": " + r.reason().text(locale)));
                }
            });
            for (int k = 0; k < e.notApplicable().size(); k++) {
                String criterion = e.notApplicable().get(k);
                String path = at + ".notApplicable[" + k + "]";
                CriterionResult r = card.criteria().stream().filter(x -> x.criterion().id().equals(criterion))
                        .findFirst().orElse(null);
                if (r == null) {
                    out.add(new Mismatch(path, criterion, Messages.format("ktgs.ruleCase.noCriterion", locale,
                            Map.of()), ""));
                } else if (r.applicable()) {
                    out.add(new Mismatch(path, criterion, r.value().fraction(), r.criterion().label().label(locale)
                            + ": " + r.reason().text(locale)));
                }
            }
            if (e.total() != null && !within(card.total(), e.total(), c.tolerance())) {
                out.add(new Mismatch(at + ".total", plain(e.total()), plain(card.total()), pointsOff(card, locale)));
            }
            if (e.max() != null && card.max().compareTo(e.max()) != 0) {
                out.add(new Mismatch(at + ".max", plain(e.max()), plain(card.max()), ""));
            }
            level(out, at + ".levelByScore", e.byScore(), card.byScore(), locale, "");
            level(out, at + ".levelAfterGates", e.afterGates(), card.afterGates(), locale,
                    String.join("; ", card.gates().stream().map(r -> r.text(locale)).toList()));
            level(out, at + ".level", e.level(), card.level(), locale,
                    String.join("; ", card.quota().stream().map(r -> r.text(locale)).toList()));
        }
        c.targets().forEach((id, met) -> {
            TargetCheck t = outcome.targets().stream().filter(x -> x.target().id().equals(id)).findFirst()
                    .orElse(null);
            if (t == null) {
                out.add(new Mismatch(c.path() + ".expect.targets." + id, String.valueOf(met),
                        Messages.format("ktgs.ruleCase.noTarget", locale, Map.of()), ""));
            } else if (t.met() != met) {
                out.add(new Mismatch(c.path() + ".expect.targets." + id, String.valueOf(met), String.valueOf(t.met()),
                        t.target().label().label(locale) + ": " + t.value().fraction()));
            }
        });
        return out;
    }

    private static void level(List<Mismatch> out, String path, Level expected, Level actual, Locale locale,
                              String why) {
        if (expected != null && expected != actual) {
            out.add(new Mismatch(path, expected.name(), actual.name() + " (" + actual.label(locale) + ")", why));
        }
    }

    /** The criteria that gave fewer than their maximum, for a total that differs. */
    private static String pointsOff(Scorecard card, Locale locale) {
        List<String> off = new ArrayList<>();
        for (CriterionResult r : card.criteria()) {
            if (r.counted() && r.points().compareTo(r.criterion().max()) < 0) {
                off.add(r.criterion().id() + " " + plain(r.points()) + "/" + plain(r.criterion().max()));
            }
        }
        return String.join(", ", off);
    }

    private static boolean within(BigDecimal actual, BigDecimal expected, BigDecimal tolerance) {
        return actual.subtract(expected).abs().compareTo(tolerance) <= 0;
    }

    private static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }
}
