package vn.ktgs.jdbc.internal;

import java.util.List;
import java.util.Locale;

/**
 * Bất biến: the one statement of which stored columns a record freezes in which state. A submitted report and a
 * concluded record cannot be changed, only superseded by a linked one; the audit trail is append-only. Three
 * implementations follow this table: the adapter's own checks before it writes ({@code JdbcActivities},
 * {@code JdbcReports}), the H2 trigger ({@link H2ImmutabilityTrigger}, which reads its column lists from here) and
 * the PostgreSQL triggers of the migrations ({@code postgresql/V2__ktgs_immutability.sql},
 * {@code V3__ktgs_statement_guards.sql}), which are SQL and cannot read Java: {@code ImmutabilityRuleTest} checks
 * the triggers of both databases column by column against this table, and that every column of each table is
 * either frozen or named here as still changeable. Not API.
 */
public final class Immutability {

    /**
     * One table's rule: in the state {@code frozenWhen} (an SQL condition on the stored row) the {@code frozen}
     * columns keep their values; the {@code changeable} ones may still change (with the limits of their Javadoc).
     */
    public record Rule(String table, String frozenWhen, List<String> frozen, List<String> changeable) {

        public Rule {
            frozen = List.copyOf(frozen);
            changeable = List.copyOf(changeable);
        }

        /** The frozen columns' names in upper case, as H2 reports them. */
        public List<String> frozenUpperCase() {
            return frozen.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        }
    }

    /**
     * A submitted report: its figures, period and narrative are frozen; its status may only become {@code RETURNED}
     * (the committee above returns it), and a report that is not a draft cannot be deleted.
     */
    public static final Rule SUBMITTED_REPORT = new Rule("ktgs_report", "status = 'SUBMITTED'",
            List.of("id", "organisation_id", "period_kind", "period_year", "period_index", "plans_adopted",
                    "items_planned", "items_concluded", "activities_opened", "unplanned_inspections", "members_reached",
                    "violations_found", "discipline_decisions", "recommendations_made", "recommendations_closed",
                    "coordinations", "computed_on", "narrative"),
            List.of("status", "version"));

    /** A submission of a report: when and which, always; its return is recorded once, then it is frozen whole. */
    public static final Rule SUBMISSION = new Rule("ktgs_report_submission", "TRUE",
            List.of("report_id", "seq", "submitted_on"), List.of("returned_on", "return_reason"));

    /**
     * A concluded record: everything up to its conclusion is frozen and it cannot be deleted; later steps, the
     * follow-up of its recommendations and the version may still change.
     */
    public static final Rule CONCLUDED_ACTIVITY = new Rule("ktgs_activity", "concluded_on IS NOT NULL",
            List.of("id", "organisation_id", "plan_id", "item_id", "kind", "mode", "subject", "responsible_id",
                    "opened_on", "concluded_on", "minutes_reference", "corrects_id"),
            List.of("version"));

    /** The parts of a concluded record no row of which may be added, changed or removed. */
    public static final List<String> SEALED_PARTS = List.of("ktgs_activity_target", "ktgs_conclusion_note",
            "ktgs_violation");

    /** The steps of a concluded record: later ones may be added; none changed or removed. */
    public static final String STEPS = "ktgs_activity_stage";

    /** The audit trail: rows are only added. */
    public static final String AUDIT = "ktgs_audit";

    private Immutability() {
    }
}
