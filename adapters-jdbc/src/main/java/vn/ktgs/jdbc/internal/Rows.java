package vn.ktgs.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
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
        List<List<Child<T>>> unordered = new ArrayList<>();
        @Nullable List<Child<T>> current = null;
        for (Child<T> r : rows) {
            // a parent's rows usually come together and in order: no lookup, no sort for them
            if (current == null || !current.get(0).parent().equals(r.parent())) {
                current = byParent.computeIfAbsent(r.parent(), k -> new ArrayList<>(4));
            }
            if (!current.isEmpty() && current.get(current.size() - 1).seq() > r.seq()) {
                unordered.add(current);
            }
            current.add(r);
        }
        for (List<Child<T>> children : unordered) {
            children.sort(BY_SEQ);
        }
        Map<UUID, List<T>> out = new HashMap<>(byParent.size() * 4 / 3 + 1);
        byParent.forEach((parent, children) -> out.put(parent, new Values<>(children)));
        return out;
    }

    private static final Comparator<Child<?>> BY_SEQ = Comparator.comparingInt(Child::seq);

    /** The values of a parent's children, read through (the records copy them). */
    private static final class Values<T> extends AbstractList<T> implements RandomAccess {
        private final List<Child<T>> children;

        Values(List<Child<T>> children) {
            this.children = children;
        }

        @Override
        public T get(int index) {
            return children.get(index).value();
        }

        @Override
        public int size() {
            return children.size();
        }
    }

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
