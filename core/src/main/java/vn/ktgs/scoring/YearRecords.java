package vn.ktgs.scoring;

import java.util.List;
import vn.ktgs.organisation.OrganisationId;

/**
 * Port: loads, at once, the records every cell below a committee is scored from for one year. The default
 * reads through the repository ports, cell by cell ({@link #overPorts}); an adapter can load the same with a few
 * set-based queries (the JDBC adapter does), so that a province is scored without one query per cell.
 */
public interface YearRecords {

    /**
     * The records of every cell below {@code committee} (or of the committee itself when it is a cell), in any
     * order; each with its people, its plan for {@code year} if any, its execution records and its reports.
     */
    List<CellRecords> cellsOf(OrganisationId committee, int year);

    /** Loads through the services' ports, one organisation at a time. */
    static YearRecords overPorts(vn.ktgs.organisation.OrganisationService organisations, vn.ktgs.plan.Plans plans,
                                 vn.ktgs.activity.Activities activities, vn.ktgs.report.Reports reports) {
        return (committee, year) -> organisations.cellsUnder(committee).stream()
                .map(cell -> new CellRecords(cell, organisations.people(cell.id()),
                        plans.findFor(cell.id(), year).orElse(null), activities.ofOrganisation(cell.id()),
                        reports.ofOrganisation(cell.id())))
                .toList();
    }
}
