package vn.ktgs.scoring;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ktgs.organisation.OrganisationId;

/**
 * Kết quả chấm điểm của đảng bộ: the scorecards of every cell below a committee for one year (after the quota),
 * the committee's own indicators and targets (S3, S4, S6), and the distribution of levels — the dashboard the
 * executive committee uses for the annual classification (S7).
 *
 * @param asOf the day the scoring was done
 */
public record CommitteeScores(
        OrganisationId committee,
        String code,
        String name,
        int year,
        LocalDate asOf,
        String criteriaSetId,
        int criteriaSetVersion,
        List<Scorecard> cells,
        List<IndicatorValue> indicators,
        List<TargetCheck> targets) {

    public CommitteeScores {
        Objects.requireNonNull(committee, "committee");
        cells = List.copyOf(cells);
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
    }

    /** How many cells reached each level, every level present (0 when none). */
    public Map<Level, Long> distribution() {
        Map<Level, Long> out = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            out.put(l, 0L);
        }
        cells.forEach(c -> out.merge(c.level(), 1L, Long::sum));
        return out;
    }

    /** Whether every target of the committee is met. */
    public boolean allTargetsMet() {
        return targets.stream().allMatch(TargetCheck::met);
    }
}
