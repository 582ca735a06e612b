package vn.ktgs.scoring;

import java.util.Locale;
import java.util.Map;
import vn.ktgs.common.Messages;

/**
 * Phiếu chấm điểm dạng văn bản: a scorecard, or a committee's scores, as text a person files — in Vietnamese
 * (the default) or English. The structured values stay in {@link Scorecard}; this only lays them out.
 */
public final class ScorecardText {

    private ScorecardText() {
    }

    /** One scorecard: each criterion with its points and reason, the total, the gates, the quota and the level. */
    public static String render(Scorecard card, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append(Messages.format("ktgs.scoring.text.title", locale, Map.of("year", card.year()))).append('\n');
        out.append(Messages.format("ktgs.scoring.text.subject", locale, Map.of("name", card.name(),
                "code", card.code(), "set", card.criteriaSetId(), "version", card.criteriaSetVersion(),
                "from", card.criteriaSetEffectiveFrom()))).append('\n');
        for (CriterionResult r : card.criteria()) {
            out.append(String.format("  %-66s %6s/%-4s %s", r.criterion().label().label(locale),
                    r.counted() ? r.points().stripTrailingZeros().toPlainString() : "—",
                    r.criterion().max().stripTrailingZeros().toPlainString(), r.reason().text(locale)));
            if (!r.value().counted().isEmpty()) {
                out.append(' ').append(Messages.format("ktgs.scoring.text.records", locale,
                        Map.of("count", r.value().counted().size())));
            }
            out.append('\n');
        }
        card.renormalisation().ifPresent(r -> out.append("  ").append(r.text(locale)).append('\n'));
        out.append(Messages.format("ktgs.scoring.text.total", locale, Map.of(
                "total", card.total().stripTrailingZeros().toPlainString(),
                "max", card.max().stripTrailingZeros().toPlainString(),
                "level", card.byScore().label(locale)))).append('\n');
        card.gates().forEach(g -> out.append("  ").append(g.text(locale)).append('\n'));
        card.quota().forEach(q -> out.append("  ").append(q.text(locale)).append('\n'));
        out.append(Messages.format("ktgs.scoring.text.level", locale, Map.of("level", card.level().label(locale))))
                .append('\n');
        return out.toString();
    }

    /** A committee's scores: the targets, the distribution of levels, and one line per cell. */
    public static String render(CommitteeScores scores, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append(Messages.format("ktgs.scoring.text.committee", locale, Map.of("name", scores.name(),
                "year", scores.year(), "set", scores.criteriaSetId(), "version", scores.criteriaSetVersion(),
                "asOf", scores.asOf()))).append('\n');
        for (TargetCheck t : scores.targets()) {
            out.append(String.format("  %-70s %7s  %s%n", t.target().label().label(locale), t.value().fraction(),
                    Messages.label(t.met() ? "TargetCheck.MET" : "TargetCheck.NOT_MET", locale)));
        }
        for (Scorecard c : scores.cells()) {
            String why = c.quota().isEmpty() ? c.gates().isEmpty() ? "" : c.gates().get(0).text(locale)
                    : c.quota().get(0).text(locale);
            out.append(String.format("  %-10s %-44s %7s  %-30s %s%n", c.code(), c.name(),
                    c.total().stripTrailingZeros().toPlainString(), c.level().label(locale), why));
        }
        scores.distribution().forEach((level, n) ->
                out.append(String.format("  %-40s %d%n", level.label(locale), n)));
        return out.toString();
    }
}
