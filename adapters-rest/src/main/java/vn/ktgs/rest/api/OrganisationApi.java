package vn.ktgs.rest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.RoleKind;

/** Bodies of the organisation and member resources. */
public final class OrganisationApi {

    private OrganisationApi() {
    }

    /** Đăng ký tổ chức đảng. */
    public record RegisterOrganisationRequest(String code, String name, OrganisationKind kind, @Nullable UUID parent,
                                              LocalDate established) {
    }

    /** A Party organisation. */
    public record OrganisationView(UUID id, String code, String name, OrganisationKind kind, @Nullable UUID parent,
                                   LocalDate established, List<AssignmentView> assignments, long version)
            implements Versioned {
        public static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id().value(), o.code(), o.name(), o.kind(),
                    o.parent() == null ? null : o.parent().value(), o.established(),
                    o.assignments().stream().map(a -> new AssignmentView(a.member().value(), a.period().from(),
                            a.period().to())).toList(), o.version());
        }

        @Override
        public String self() {
            return "/organisations/" + id;
        }
    }

    /** A BCH member assigned to a cell (S6). */
    public record AssignmentView(UUID member, LocalDate from, @Nullable LocalDate to) {
    }

    /** Phân công BCH theo dõi chi bộ. */
    public record AssignRequest(UUID member, LocalDate from, @Nullable LocalDate to) {
    }

    /** Kết thúc phân công / chức vụ: the last day. */
    public record EndRequest(LocalDate lastDay) {
    }

    /** Đăng ký đảng viên. */
    public record RegisterMemberRequest(String code, String fullName) {
    }

    /** A Party member. */
    public record MemberView(UUID id, String code, String fullName, List<MembershipView> memberships,
                             List<RoleView> roles, long version) implements Versioned {
        public static MemberView of(Member m) {
            return new MemberView(m.id().value(), m.code(), m.fullName(),
                    m.memberships().stream().map(x -> new MembershipView(x.organisation().value(),
                            x.period().from(), x.period().to(), x.status())).toList(),
                    m.roles().stream().map(r -> new RoleView(r.organisation().value(), r.kind(), r.period().from(),
                            r.period().to())).toList(), m.version());
        }

        @Override
        public String self() {
            return "/members/" + id;
        }
    }

    /** A period in a cell. */
    public record MembershipView(UUID organisation, LocalDate from, @Nullable LocalDate to,
                                 MembershipStatus status) {
    }

    /** A role held over a period. */
    public record RoleView(UUID organisation, RoleKind role, LocalDate from, @Nullable LocalDate to) {
    }

    /** Chuyển sinh hoạt đến. */
    public record EnrolRequest(UUID cell, LocalDate from, MembershipStatus status) {
    }

    /** Chuyển sinh hoạt đi. */
    public record LeaveRequest(UUID cell, LocalDate lastDay) {
    }

    /** Công nhận đảng viên chính thức. */
    public record AdmitRequest(LocalDate from) {
    }

    /** Phân công chức vụ. */
    public record AppointRequest(UUID organisation, RoleKind role, LocalDate from, @Nullable LocalDate to) {
    }

    /** Kết thúc chức vụ. */
    public record EndRoleRequest(UUID organisation, RoleKind role, LocalDate lastDay) {
    }

    /** A member in a list: id, code and name. */
    public record MemberRef(UUID id, String code, String fullName) {
        public static MemberRef of(Member m) {
            return new MemberRef(m.id().value(), m.code(), m.fullName());
        }
    }
}
