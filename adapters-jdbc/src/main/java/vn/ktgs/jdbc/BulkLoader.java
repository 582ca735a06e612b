package vn.ktgs.jdbc;

import java.util.List;
import vn.ktgs.activity.Activity;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.Document;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.plan.Plan;
import vn.ktgs.report.Report;

/**
 * Nạp dữ liệu hàng loạt: stores many new aggregates at once with JDBC batches across aggregates, for loading a
 * province's existing records. Each call is one transaction (all or nothing, audit rows included); every value must
 * be version 1, and an id or unique key already taken fails the call with a
 * {@link vn.ktgs.common.ConflictException}. Referenced records go first (organisations, members, documents, then
 * the rest; a parent organisation before its children). The values are not validated by the core services: load
 * what the services produced or checked.
 */
public final class BulkLoader {

    /** How many aggregates are collected before their rows are written. */
    public static final int FLUSH_EVERY = 500;

    private final JdbcOrganisations organisations;
    private final JdbcMembers members;
    private final JdbcDocuments documents;
    private final JdbcDisseminations disseminations;
    private final JdbcPlans plans;
    private final JdbcActivities activities;
    private final JdbcReports reports;

    BulkLoader(JdbcOrganisations organisations, JdbcMembers members, JdbcDocuments documents,
               JdbcDisseminations disseminations, JdbcPlans plans, JdbcActivities activities, JdbcReports reports) {
        this.organisations = organisations;
        this.members = members;
        this.documents = documents;
        this.disseminations = disseminations;
        this.plans = plans;
        this.activities = activities;
        this.reports = reports;
    }

    public void organisations(List<Organisation> values) {
        organisations.insertAll(values, FLUSH_EVERY);
    }

    public void members(List<Member> values) {
        members.insertAll(values, FLUSH_EVERY);
    }

    public void documents(List<Document> values) {
        documents.insertAll(values, FLUSH_EVERY);
    }

    public void disseminations(List<Dissemination> values) {
        disseminations.insertAll(values, FLUSH_EVERY);
    }

    public void plans(List<Plan> values) {
        plans.insertAll(values, FLUSH_EVERY);
    }

    public void activities(List<Activity> values) {
        activities.insertAll(values, FLUSH_EVERY);
    }

    public void reports(List<Report> values) {
        reports.insertAll(values, FLUSH_EVERY);
    }
}
