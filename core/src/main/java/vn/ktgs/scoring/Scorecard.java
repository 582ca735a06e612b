package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ktgs.organisation.OrganisationId;

/**
 * Phiếu chấm điểm: the KT-GS score of one organisation for one year under one criteria set, with every point
 * explained: the indicator values and the records counted, the band or formula each criterion used, the gates
 * that held the level down and the quota that demoted it.
 *
 * @param total the points, in [0, {@code max}]
 * @param byScore the level the total reaches on the thresholds
 * @param afterGates the level after the gates
 * @param level the final level, after the quota
 * @param gates the reasons of every gate that held the level down
 * @param quota the reason of a quota demotion, or empty
 */
public record Scorecard(
        OrganisationId organisation,
        String code,
        String name,
        int year,
        String criteriaSetId,
        int criteriaSetVersion,
        LocalDate criteriaSetEffectiveFrom,
        List<IndicatorValue> indicators,
        List<CriterionResult> criteria,
        BigDecimal total,
        BigDecimal max,
        Level byScore,
        Level afterGates,
        Level level,
        List<Reason> gates,
        List<Reason> quota) {

    public Scorecard {
        Objects.requireNonNull(organisation, "organisation");
        indicators = List.copyOf(indicators);
        criteria = List.copyOf(criteria);
        gates = List.copyOf(gates);
        quota = List.copyOf(quota);
    }

    /**
     * How the total was rescaled when criteria were left out as not applicable: how many, their points, and
     * earned / counted maximum × the set's maximum = total; empty when none was left out.
     */
    public Optional<Reason> renormalisation() {
        int excluded = 0;
        BigDecimal excludedMax = BigDecimal.ZERO;
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal countedMax = BigDecimal.ZERO;
        for (CriterionResult r : criteria) {
            if (r.counted()) {
                earned = earned.add(r.points());
                countedMax = countedMax.add(r.criterion().max());
            } else {
                excluded++;
                excludedMax = excludedMax.add(r.criterion().max());
            }
        }
        if (excluded == 0) {
            return Optional.empty();
        }
        return Optional.of(Reason.of("ktgs.scoring.reason.renormalised", "excluded", excluded,
                "excludedMax", plain(excludedMax), "earned", plain(earned), "countedMax", plain(countedMax),
                "max", plain(max), "total", plain(total)));
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** The same scorecard at another final level, with the reason of the change. */
    Scorecard demoted(Level to, Reason why) {
        return new Scorecard(organisation, code, name, year, criteriaSetId, criteriaSetVersion,
                criteriaSetEffectiveFrom, indicators, criteria, total, max, byScore, afterGates, to, gates,
                List.of(why));
    }
}
