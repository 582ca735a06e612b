package vn.ktgs.scoring;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.Organisation;

/** The committee's own indicators (S3, S4, S6), gathered cell by cell. */
final class CommitteeFigures {
    private final Ids withPlan = new Ids(32);
    private final Ids implementing = new Ids(32);
    private final Ids assigned = new Ids(32);
    private int cells;

    void add(Organisation cell, boolean adopted, boolean implemented, DateRange y) {
        UUID code = cell.id().value();
        cells++;
        if (adopted) {
            withPlan.add(code);
        }
        if (implemented) {
            implementing.add(code);
        }
        List<Organisation.Assignment> assignments = cell.assignments();
        for (int k = 0; k < assignments.size(); k++) {
            if (assignments.get(k).period().overlaps(y)) {
                assigned.add(code);
                break;
            }
        }
    }

    /** The three indicators over the cells added so far. */
    Map<Indicator, IndicatorValue> values() {
        Map<Indicator, IndicatorValue> out = Scorer.values();
        out.put(Indicator.CELLS_WITH_ADOPTED_PLAN, IndicatorValue.ratio(Indicator.CELLS_WITH_ADOPTED_PLAN,
                withPlan.size(), cells, withPlan.toList()));
        out.put(Indicator.CELLS_IMPLEMENTING_PLAN, IndicatorValue.ratio(Indicator.CELLS_IMPLEMENTING_PLAN,
                implementing.size(), cells, implementing.toList()));
        out.put(Indicator.CELLS_WITH_ASSIGNED_BCH_MEMBER, IndicatorValue.ratio(
                Indicator.CELLS_WITH_ASSIGNED_BCH_MEMBER, assigned.size(), cells, assigned.toList()));
        return out;
    }
}
