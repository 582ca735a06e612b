package vn.ktgs.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.DateRange;

/**
 * Tổ chức đảng: a Party organisation in the tree, with the executive committee members assigned to
 * guide, monitor and inspect it (S6) when it is a cell.
 *
 * @param code the code the province already uses for it, unique in the library's store
 * @param name the Vietnamese name, for example {@code Chi bộ Phòng Tổng hợp}
 * @param parent the organisation directly above it; {@code null} for a root
 * @param assignments the BCH members assigned to this cell over time, oldest first
 * @param version the optimistic-concurrency version, 1 when first stored
 */
public record Organisation(
        OrganisationId id,
        String code,
        String name,
        OrganisationKind kind,
        @Nullable OrganisationId parent,
        LocalDate established,
        List<Assignment> assignments,
        long version) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(established, "established");
        assignments = List.copyOf(assignments);
        if (!assignments.isEmpty() && !kind.isCell()) {
            throw new IllegalArgumentException("only a cell has assigned executive committee members");
        }
    }

    public Optional<OrganisationId> parentId() {
        return Optional.ofNullable(parent);
    }

    /** The BCH members assigned to this cell on {@code day}. */
    public List<MemberId> assignedOn(LocalDate day) {
        return assignments.stream().filter(a -> a.period().contains(day)).map(Assignment::member).toList();
    }

    Organisation withAssignment(Assignment a) {
        List<Assignment> next = new ArrayList<>(assignments);
        next.add(a);
        next.sort(Comparator.comparing((Assignment x) -> x.period().from()).thenComparing(x -> x.member().value()));
        return new Organisation(id, code, name, kind, parent, established, next, version + 1);
    }

    Organisation withAssignments(List<Assignment> next) {
        return new Organisation(id, code, name, kind, parent, established, next, version + 1);
    }

    /**
     * Phân công: an executive committee (BCH) member assigned to guide, monitor and inspect a cell (S6).
     */
    public record Assignment(MemberId member, DateRange period) {
        public Assignment {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(period, "period");
        }
    }
}
