package vn.ktgs.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Số liệu báo cáo: the figures of a periodic report, for an organisation and every organisation below it, over
 * the period's data window (see {@link ReportingSchedule#window(ReportingPeriod)}). "Within the window" means on
 * or after its first day and on or before its last day; "the year" is the period's calendar year. A record that a correction
 * supersedes (one named by another record's {@code corrects}) is not counted; its correction is.
 *
 * @param plansAdopted organisations in the subtree whose plan for the year has a revision adopted on or before
 *     the window's last day
 * @param itemsPlanned over those plans, the items of the revision in force on the window's last day (the latest
 *     revision adopted on or before it) whose schedule window starts between 1 January and the window's last day
 * @param itemsConcluded records carrying out a plan item whose conclusion is dated within the window
 * @param activitiesOpened records, planned or not, notified (opened) within the window
 * @param unplannedInspections records of inspection on signs of violation notified within the window
 * @param membersReached distinct members named as targets of records notified within the window
 * @param violationsFound violation findings of the conclusions dated within the window
 * @param disciplineDecisions disciplinary decisions dated within the window
 * @param recommendationsMade recommendations of the records whose conclusion is dated within the window
 * @param recommendationsClosed recommendations closed (found carried out) within the window
 * @param coordinations coordinations with the agency's inspection or mass organisations dated within the window
 */
public record ReportFigures(
        int plansAdopted,
        int itemsPlanned,
        int itemsConcluded,
        int activitiesOpened,
        int unplannedInspections,
        int membersReached,
        int violationsFound,
        int disciplineDecisions,
        int recommendationsMade,
        int recommendationsClosed,
        int coordinations) {

    public ReportFigures {
        int[] all = {plansAdopted, itemsPlanned, itemsConcluded, activitiesOpened, unplannedInspections,
                membersReached, violationsFound, disciplineDecisions, recommendationsMade, recommendationsClosed,
                coordinations};
        for (int n : all) {
            if (n < 0) {
                throw new IllegalArgumentException("a figure is a count, never negative: " + n);
            }
        }
    }

    /** The value of one figure. */
    public int value(Figure figure) {
        return switch (figure) {
            case PLANS_ADOPTED -> plansAdopted;
            case ITEMS_PLANNED -> itemsPlanned;
            case ITEMS_CONCLUDED -> itemsConcluded;
            case ACTIVITIES_OPENED -> activitiesOpened;
            case UNPLANNED_INSPECTIONS -> unplannedInspections;
            case MEMBERS_REACHED -> membersReached;
            case VIOLATIONS_FOUND -> violationsFound;
            case DISCIPLINE_DECISIONS -> disciplineDecisions;
            case RECOMMENDATIONS_MADE -> recommendationsMade;
            case RECOMMENDATIONS_CLOSED -> recommendationsClosed;
            case COORDINATIONS -> coordinations;
        };
    }

    /** Every figure by its heading, in report order; unmodifiable. */
    public Map<Figure, Integer> asMap() {
        Map<Figure, Integer> out = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            out.put(f, value(f));
        }
        return Collections.unmodifiableMap(out);
    }
}
