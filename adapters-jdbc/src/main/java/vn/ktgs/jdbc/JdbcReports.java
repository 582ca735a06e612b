package vn.ktgs.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.jdbc.internal.AggregateRepository;
import vn.ktgs.jdbc.internal.AuditLog;
import vn.ktgs.jdbc.internal.Batch;
import vn.ktgs.jdbc.internal.Dialect;
import vn.ktgs.jdbc.internal.Rows;
import vn.ktgs.jdbc.internal.Sql;
import vn.ktgs.jdbc.internal.Transactor;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.report.PeriodKind;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportId;
import vn.ktgs.report.ReportStatus;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.Reports;

/**
 * {@link Reports} in table {@code ktgs_report} (one column per figure) and {@code ktgs_report_submission}.
 * Submissions are append-only: a save adds new ones and records the return of the standing one; the database
 * refuses any other change to a submission and any change to a submitted report but its return.
 */
final class JdbcReports extends AggregateRepository<Report> implements Reports {

    private static final Comparator<Report> BY_PERIOD = Comparator.comparing(Report::period)
            .thenComparing(r -> r.id().value());
    private static final Comparator<Report> BY_ORGANISATION = Comparator.comparing(r -> r.organisation().value());
    private static final String FIGURES = "plans_adopted, items_planned, items_concluded, activities_opened, "
            + "unplanned_inspections, members_reached, violations_found, discipline_decisions, recommendations_made, "
            + "recommendations_closed, coordinations";

    private final String report;
    private final String submission;
    private final String insertReport;
    private final String insertSubmission;
    private final String byOrganisation;
    private final String byPeriod;

    JdbcReports(Sql sql, Dialect dialect, Transactor tx, AuditLog audit) {
        super(sql, dialect, tx, audit, "Report", "report");
        this.byOrganisation = dialect.uuidOrder("p.organisation_id");
        this.byPeriod = periodOrder() + ", " + dialect.uuidOrder("p.id");
        this.report = sql.table("report");
        this.submission = sql.table("report_submission");
        this.insertReport = "INSERT INTO " + report + " (id, organisation_id, period_kind, period_year, period_index, "
                + FIGURES + ", computed_on, narrative, status, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        this.insertSubmission = "INSERT INTO " + submission + " (report_id, seq, submitted_on, returned_on, "
                + "return_reason) VALUES (?, ?, ?, ?, ?)";
    }

    @Override
    public Optional<Report> find(ReportId id) {
        return findWhere("p.id = ?", id.value());
    }

    @Override
    public Optional<Report> findFor(OrganisationId organisation, ReportingPeriod period) {
        return findWhere("p.organisation_id = ? AND p.period_kind = ? AND p.period_year = ? AND p.period_index = ?",
                organisation.value(), period.kind(), period.year(), period.index());
    }

    @Override
    public List<Report> ofOrganisation(OrganisationId organisation) {
        return listWhere(BY_PERIOD, "p.organisation_id = ?", organisation.value());
    }

    @Override
    public Page<Report> ofOrganisation(OrganisationId organisation, PageRequest request) {
        return pageWhere(request, byPeriod, "p.organisation_id = ?", organisation.value());
    }

    /**
     * {@link ReportingPeriod}'s order in SQL over the stored columns: the year, the last month the period covers,
     * then the kind in its declared order (so a quarter comes before the half-year that ends with it).
     */
    private static String periodOrder() {
        StringBuilder lastMonth = new StringBuilder("p.period_index * CASE p.period_kind");
        StringBuilder kind = new StringBuilder("CASE p.period_kind");
        for (PeriodKind k : PeriodKind.values()) {
            lastMonth.append(" WHEN '").append(k.name()).append("' THEN ").append(k.months());
            kind.append(" WHEN '").append(k.name()).append("' THEN ").append(k.ordinal());
        }
        return "p.period_year, " + lastMonth.append(" END") + ", " + kind.append(" END");
    }

    @Override
    public List<Report> ofPeriod(ReportingPeriod period) {
        return listWhere(BY_ORGANISATION, "p.period_kind = ? AND p.period_year = ? AND p.period_index = ?",
                period.kind(), period.year(), period.index());
    }

    @Override
    public Page<Report> ofPeriod(ReportingPeriod period, PageRequest request) {
        return pageWhere(request, byOrganisation, "p.period_kind = ? AND p.period_year = ? AND p.period_index = ?",
                period.kind(), period.year(), period.index());
    }

    @Override
    protected UUID idOf(Report value) {
        return value.id().value();
    }

    @Override
    protected long versionOf(Report value) {
        return value.version();
    }

    @Override
    protected void checkNaturalKey(Connection c, Report r) throws SQLException {
        Optional<Long> other = Sql.one(c, "SELECT version FROM " + report + " WHERE organisation_id = ? "
                + "AND period_kind = ? AND period_year = ? AND period_index = ? AND id <> ?", rs -> rs.getLong(1),
                r.organisation().value(), r.period().kind(), r.period().year(), r.period().index(), r.id().value());
        if (other.isPresent()) {
            throw new ConflictException("Report", r.organisation() + "/" + r.period(), 0, other.get());
        }
    }

    private record Row(UUID id, UUID organisation, ReportingPeriod period, ReportFigures figures, LocalDate computedOn,
                       String narrative, ReportStatus status, long version) {
    }

    @Override
    protected List<Report> loadWhere(Connection c, String filter, @Nullable Object... params) throws SQLException {
        List<Row> rows = Sql.list(c, "SELECT p.id, p.organisation_id, p.period_kind, p.period_year, p.period_index, "
                + FIGURES.replaceAll("(\\w+)", "p.$1") + ", p.computed_on, p.narrative, p.status, p.version FROM "
                + report + " p WHERE " + filter, rs -> new Row(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"),
                new ReportingPeriod(Sql.enumValue(rs, "period_kind", PeriodKind.class), rs.getInt("period_year"),
                        rs.getInt("period_index")),
                new ReportFigures(rs.getInt("plans_adopted"), rs.getInt("items_planned"), rs.getInt("items_concluded"),
                        rs.getInt("activities_opened"), rs.getInt("unplanned_inspections"),
                        rs.getInt("members_reached"), rs.getInt("violations_found"), rs.getInt("discipline_decisions"),
                        rs.getInt("recommendations_made"), rs.getInt("recommendations_closed"),
                        rs.getInt("coordinations")),
                Sql.date(rs, "computed_on"), Sql.text(rs, "narrative"), Sql.enumValue(rs, "status", ReportStatus.class),
                rs.getLong("version")), params);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Report.Submission>> submissions = Rows.group(Sql.list(c, "SELECT report_id, seq, submitted_on, "
                + "returned_on, return_reason" + in(submission, report, "report_id", filter),
                rs -> new Rows.Child<>(Sql.uuid(rs, "report_id"), rs.getInt("seq"), new Report.Submission(
                Sql.date(rs, "submitted_on"), Sql.dateOrNull(rs, "returned_on"), rs.getString("return_reason"))),
                params));
        List<Report> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Report(new ReportId(r.id()), new OrganisationId(r.organisation()), r.period(), r.figures(),
                    r.computedOn(), r.narrative(), r.status(), Rows.of(submissions, r.id()), r.version()));
        }
        return out;
    }

    @Override
    protected List<String> insertOrder() {
        return List.of(insertReport, insertSubmission);
    }

    @Override
    protected void insert(Batch b, Report r) {
        ReportFigures f = r.figures();
        b.add(insertReport, r.id().value(),
                r.organisation().value(), r.period().kind(), r.period().year(), r.period().index(), f.plansAdopted(),
                f.itemsPlanned(), f.itemsConcluded(), f.activitiesOpened(), f.unplannedInspections(),
                f.membersReached(), f.violationsFound(), f.disciplineDecisions(), f.recommendationsMade(),
                f.recommendationsClosed(), f.coordinations(), r.computedOn(), r.narrative(), r.status(), r.version());
        insertSubmissions(b, r, 0);
    }

    @Override
    protected int update(Connection c, Report old, Report r) throws SQLException {
        List<Report.Submission> before = old.submissions();
        List<Report.Submission> after = r.submissions();
        for (int i = 0; i < before.size(); i++) {
            Report.Submission was = before.get(i);
            Report.Submission now = i < after.size() ? after.get(i) : null;
            if (was.equals(now)) {
                continue;
            }
            // Immutability.SUBMISSION: when submitted stays; the return is recorded once, then nothing changes
            if (now == null || was.wasReturned() || !now.submittedOn().equals(was.submittedOn())) {
                throw new ImmutableRecordException("report " + r.id() + ": submission " + (i + 1)
                        + " cannot change; only its return is recorded", null);
            }
            Sql.update(c, "UPDATE " + submission + " SET returned_on = ?, return_reason = ? WHERE report_id = ? "
                    + "AND seq = ?", now.returnedOn(), now.returnReason(), r.id().value(), i);
        }
        Batch b = newBatch();
        insertSubmissions(b, r, before.size());
        b.flush(c);
        ReportFigures f = r.figures();
        return Sql.update(c, "UPDATE " + report + " SET organisation_id = ?, period_kind = ?, period_year = ?, "
                + "period_index = ?, " + FIGURES.replaceAll("(\\w+)", "$1 = ?") + ", computed_on = ?, narrative = ?, "
                + "status = ?, version = ? WHERE id = ? AND version = ?", r.organisation().value(), r.period().kind(),
                r.period().year(), r.period().index(), f.plansAdopted(), f.itemsPlanned(), f.itemsConcluded(),
                f.activitiesOpened(), f.unplannedInspections(), f.membersReached(), f.violationsFound(),
                f.disciplineDecisions(), f.recommendationsMade(), f.recommendationsClosed(), f.coordinations(),
                r.computedOn(), r.narrative(), r.status(), r.version(), r.id().value(), r.version() - 1);
    }

    private void insertSubmissions(Batch b, Report r, int from) {
        for (int i = from; i < r.submissions().size(); i++) {
            Report.Submission s = r.submissions().get(i);
            b.add(insertSubmission, r.id().value(), i, s.submittedOn(), s.returnedOn(), s.returnReason());
        }
    }
}
