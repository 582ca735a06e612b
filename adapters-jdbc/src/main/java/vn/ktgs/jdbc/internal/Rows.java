package vn.ktgs.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Target;

/** Reading and writing the value objects several tables share: date ranges, targets; grouping child rows. */
public final class Rows {

    private Rows() {
    }

    /** A child row of the parent {@code parent}, at position {@code seq} of the parent's list. */
    public record Child<T>(UUID parent, int seq, T value) {
    }

    /**
     * The children by parent id, each list in the order of {@code seq} (rows of equal {@code seq} in the order they
     * came). The child statements have no {@code ORDER BY}: sorting a province's child rows in the database costs
     * more (a sort spilled to disk per statement) than ordering each parent's few rows here.
     */
    public static <T> Map<UUID, List<T>> group(List<Child<T>> rows) {
        Map<UUID, List<Child<T>>> byParent = new HashMap<>();
        for (Child<T> r : rows) {
            byParent.computeIfAbsent(r.parent(), k -> new ArrayList<>(4)).add(r);
        }
        Map<UUID, List<T>> out = new HashMap<>(byParent.size() * 4 / 3 + 1);
        for (Map.Entry<UUID, List<Child<T>>> e : byParent.entrySet()) {
            List<Child<T>> children = e.getValue();
            children.sort(BY_SEQ);
            List<T> values = new ArrayList<>(children.size());
            for (Child<T> c : children) {
                values.add(c.value());
            }
            out.put(e.getKey(), values);
        }
        return out;
    }

    private static final Comparator<Child<?>> BY_SEQ = Comparator.comparingInt(Child::seq);

    public static <T> List<T> of(Map<UUID, List<T>> grouped, UUID parent) {
        return grouped.getOrDefault(parent, List.of());
    }

    public static DateRange range(ResultSet rs, String from, String to) throws SQLException {
        return new DateRange(Sql.date(rs, from), Sql.dateOrNull(rs, to));
    }

    public static @Nullable LocalDate end(DateRange r) {
        return r.to();
    }

    /** The target in columns {@code member_id} / {@code organisation_id}; {@code null} when both are null. */
    public static @Nullable Target targetOrNull(ResultSet rs) throws SQLException {
        UUID member = Sql.uuidOrNull(rs, "member_id");
        if (member != null) {
            return Target.member(new MemberId(member));
        }
        UUID organisation = Sql.uuidOrNull(rs, "organisation_id");
        return organisation == null ? null : Target.organisation(new OrganisationId(organisation));
    }

    public static Target target(ResultSet rs) throws SQLException {
        Target t = targetOrNull(rs);
        if (t == null) {
            throw new SQLException("a target row names neither a member nor an organisation");
        }
        return t;
    }

    public static @Nullable UUID memberOf(@Nullable Target t) {
        return t instanceof Target.OfMember m ? m.member().value() : null;
    }

    public static @Nullable UUID organisationOf(@Nullable Target t) {
        return t instanceof Target.OfOrganisation o ? o.organisation().value() : null;
    }
}
