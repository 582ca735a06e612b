package vn.ktgs.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * The H2 twin of the PostgreSQL immutability triggers (migration {@code postgresql/V2__ktgs_immutability.sql}):
 * the same rules, for the table it is attached to, with the frozen columns read from {@link Immutability}. Raises
 * SQLSTATE {@code KT001} with a message starting
 * {@code ktgs-immutable}. Not API; H2 creates it by name from the migration {@code h2/V2__ktgs_immutability.sql}.
 */
public final class H2ImmutabilityTrigger implements Trigger {

    /** The columns of a submitted report that cannot change ({@link Immutability#SUBMITTED_REPORT}). */
    private static final List<String> REPORT_DATA = Immutability.SUBMITTED_REPORT.frozenUpperCase();
    /** The columns of a concluded record that cannot change ({@link Immutability#CONCLUDED_ACTIVITY}). */
    private static final List<String> ACTIVITY_SEALED = Immutability.CONCLUDED_ACTIVITY.frozenUpperCase();
    /** The columns of a submission that cannot change ({@link Immutability#SUBMISSION}). */
    private static final List<String> SUBMISSION_DATA = Immutability.SUBMISSION.frozenUpperCase();

    private final Map<String, Integer> columns = new HashMap<>();
    private String table = "";
    private String activityTable = "";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        this.table = tableName.toUpperCase(Locale.ROOT);
        this.activityTable = '"' + schemaName + "\".KTGS_ACTIVITY";
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("ORDINAL_POSITION") - 1);
            }
        }
    }

    @Override
    public void fire(Connection conn, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        switch (table) {
            case "KTGS_REPORT" -> report(oldRow, newRow);
            case "KTGS_REPORT_SUBMISSION" -> submission(oldRow, newRow);
            case "KTGS_ACTIVITY" -> activity(oldRow, newRow);
            case "KTGS_ACTIVITY_TARGET", "KTGS_CONCLUSION_NOTE", "KTGS_VIOLATION" -> {
                if ((oldRow != null && concluded(conn, get(oldRow, "ACTIVITY_ID")))
                        || (newRow != null && concluded(conn, get(newRow, "ACTIVITY_ID")))) {
                    throw refused(table.toLowerCase(Locale.ROOT) + " of a concluded activity cannot change");
                }
            }
            case "KTGS_ACTIVITY_STAGE" -> {
                if (oldRow != null && concluded(conn, get(oldRow, "ACTIVITY_ID"))) {
                    throw refused("the steps of a concluded activity cannot change");
                }
            }
            case "KTGS_AUDIT" -> throw refused("the audit trail is append-only");
            default -> throw new SQLException("no immutability rule for table " + table);
        }
    }

    private void report(Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        if (oldRow == null) {
            return;
        }
        Object status = get(oldRow, "STATUS");
        if (newRow == null) {
            if (!"DRAFT".equals(status)) {
                throw refused("report " + get(oldRow, "ID") + " was submitted and cannot be deleted");
            }
            return;
        }
        if ("SUBMITTED".equals(status) && (!"RETURNED".equals(get(newRow, "STATUS")) || changed(oldRow, newRow,
                REPORT_DATA))) {
            throw refused("report " + get(oldRow, "ID") + " is submitted; it can only be returned");
        }
    }

    private void submission(Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        if (oldRow == null) {
            return;
        }
        if (newRow == null || get(oldRow, "RETURNED_ON") != null
                || changed(oldRow, newRow, SUBMISSION_DATA)) {
            throw refused("a submission of report " + get(oldRow, "REPORT_ID") + " can only be returned, once");
        }
    }

    private void activity(Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        if (oldRow == null || get(oldRow, "CONCLUDED_ON") == null) {
            return;
        }
        if (newRow == null) {
            throw refused("activity " + get(oldRow, "ID") + " is concluded and cannot be deleted");
        }
        if (changed(oldRow, newRow, ACTIVITY_SEALED)) {
            throw refused("activity " + get(oldRow, "ID") + " is concluded; a correction is a new, linked record");
        }
    }

    private boolean concluded(Connection conn, @Nullable Object activityId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT CONCLUDED_ON FROM " + activityTable
                + " WHERE ID = ?")) {
            ps.setObject(1, activityId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getObject(1) != null;
            }
        }
    }

    private boolean changed(Object[] oldRow, Object[] newRow, List<String> names) throws SQLException {
        for (String n : names) {
            if (!Objects.equals(get(oldRow, n), get(newRow, n))) {
                return true;
            }
        }
        return false;
    }

    private @Nullable Object get(Object[] row, String column) throws SQLException {
        Integer i = columns.get(column);
        if (i == null) {
            throw new SQLException("table " + table + " has no column " + column);
        }
        return row[i];
    }

    private static SQLException refused(String message) {
        return new SQLException(Failures.IMMUTABLE_MARKER + ": " + message, Failures.IMMUTABLE);
    }

    @Override
    public void close() {
    }

    @Override
    public void remove() {
    }
}
