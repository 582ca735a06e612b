package vn.ktgs.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.common.VietnameseOrder;
import vn.ktgs.jdbc.internal.AggregateRepository;
import vn.ktgs.jdbc.internal.AuditLog;
import vn.ktgs.jdbc.internal.Batch;
import vn.ktgs.jdbc.internal.Dialect;
import vn.ktgs.jdbc.internal.Rows;
import vn.ktgs.jdbc.internal.Sql;
import vn.ktgs.jdbc.internal.Transactor;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Members;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.RoleKind;

/** {@link Members} in tables {@code ktgs_member}, {@code ktgs_membership} and {@code ktgs_member_role}. */
final class JdbcMembers extends AggregateRepository<Member> implements Members {

    private static final Comparator<Member> BY_CODE = VietnameseOrder.by(Member::code);

    private final String member;
    private final String membership;
    private final String role;
    private final String insertMember;
    private final String insertMembership;
    private final String insertRole;

    JdbcMembers(Sql sql, Dialect dialect, Transactor tx, AuditLog audit) {
        super(sql, dialect, tx, audit, "Member", "member");
        this.member = sql.table("member");
        this.membership = sql.table("membership");
        this.role = sql.table("member_role");
        this.insertMember = "INSERT INTO " + member + " (id, code, full_name, version) VALUES (?, ?, ?, ?)";
        this.insertMembership = "INSERT INTO " + membership + " (member_id, seq, organisation_id, period_from, "
                + "period_to, status) VALUES (?, ?, ?, ?, ?, ?)";
        this.insertRole = "INSERT INTO " + role + " (member_id, seq, organisation_id, kind, period_from, period_to) "
                + "VALUES (?, ?, ?, ?, ?, ?)";
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return findWhere("p.id = ?", id.value());
    }

    @Override
    public Optional<Member> findByCode(String code) {
        return findWhere("p.code = ?", code);
    }

    @Override
    public List<Member> ofOrganisation(OrganisationId organisation) {
        return listWhere(BY_CODE, ofOrganisation(), organisation.value(), organisation.value());
    }

    @Override
    public Page<Member> ofOrganisation(OrganisationId organisation, PageRequest request) {
        return pageByText(request, "p.code", VietnameseOrder.texts(), ofOrganisation(), organisation.value(), organisation.value());
    }

    /** The members with a membership or a role in the organisation of the two parameters. */
    private String ofOrganisation() {
        return withMembershipOrRole("organisation_id = ?");
    }

    /**
     * A filter on {@code p}: the members with a membership or a role in an organisation that matches
     * {@code organisations} (a condition on {@code organisation_id}, whose parameters are then given twice). One
     * {@code IN} over a {@code UNION ALL} (a semi-join, which needs no duplicates removed first), not two
     * {@code IN}s joined by {@code OR} (a filter per row).
     */
    private String withMembershipOrRole(String organisations) {
        return "p.id IN (SELECT member_id FROM " + membership + " WHERE " + organisations
                + " UNION ALL SELECT member_id FROM " + role + " WHERE " + organisations + ")";
    }

    /**
     * The members with a membership or a role in one of {@code organisations} (an array parameter of ids), ordered
     * by code: their ids first, in one statement, then the members and their child rows by those ids as one array
     * parameter — the union is computed once, not again in each of the three statements of the load.
     */
    List<Member> withMembershipOrRoleIn(java.sql.Array organisations) {
        String ids = "SELECT member_id FROM " + membership + " WHERE " + dialect.inArray("organisation_id")
                + " UNION SELECT member_id FROM " + role + " WHERE " + dialect.inArray("organisation_id");
        return tx.read(c -> {
            java.sql.Array members = c.createArrayOf("uuid", Sql.list(c, ids, rs -> Sql.uuid(rs, "member_id"),
                    organisations, organisations).toArray());
            try {
                List<Member> out = new ArrayList<>(loadWhere(c, dialect.inArray("p.id"), members));
                out.sort(BY_CODE);
                return List.copyOf(out);
            } finally {
                members.free();
            }
        });
    }

    @Override
    protected UUID idOf(Member value) {
        return value.id().value();
    }

    @Override
    protected long versionOf(Member value) {
        return value.version();
    }

    private record Row(UUID id, String code, String fullName, long version) {
    }

    @Override
    protected List<Member> loadWhere(Connection c, String filter, @Nullable Object... params) throws SQLException {
        List<Row> rows = Sql.list(c, "SELECT p.id, p.code, p.full_name, p.version FROM " + member + " p WHERE "
                + filter, rs -> new Row(Sql.uuid(rs, "id"), Sql.text(rs, "code"),
                Sql.text(rs, "full_name"), rs.getLong("version")), params);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Member.Membership>> memberships = Rows.group(Sql.list(c,
                "SELECT member_id, seq, organisation_id, period_from, period_to, status"
                        + in(membership, member, "member_id", filter),
                rs -> new Rows.Child<>(Sql.uuid(rs, "member_id"), rs.getInt("seq"), new Member.Membership(
                        new OrganisationId(Sql.uuid(rs, "organisation_id")), Rows.range(rs, "period_from", "period_to"),
                        Sql.enumValue(rs, "status", MembershipStatus.class))), params));
        Map<UUID, List<Member.Role>> roles = Rows.group(Sql.list(c,
                "SELECT member_id, seq, organisation_id, kind, period_from, period_to"
                        + in(role, member, "member_id", filter),
                rs -> new Rows.Child<>(Sql.uuid(rs, "member_id"), rs.getInt("seq"), new Member.Role(
                        new OrganisationId(Sql.uuid(rs, "organisation_id")), Sql.enumValue(rs, "kind", RoleKind.class),
                        Rows.range(rs, "period_from", "period_to"))), params));
        List<Member> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Member(new MemberId(r.id()), r.code(), r.fullName(), Rows.of(memberships, r.id()),
                    Rows.of(roles, r.id()), r.version()));
        }
        return out;
    }

    @Override
    protected List<String> insertOrder() {
        return List.of(insertMember, insertMembership, insertRole);
    }

    @Override
    protected void insert(Batch b, Member m) {
        b.add(insertMember, m.id().value(), m.code(), m.fullName(), m.version());
        insertChildren(b, m);
    }

    @Override
    protected int update(Connection c, Member old, Member m) throws SQLException {
        Sql.update(c, "DELETE FROM " + membership + " WHERE member_id = ?", m.id().value());
        Sql.update(c, "DELETE FROM " + role + " WHERE member_id = ?", m.id().value());
        Batch b = newBatch();
        insertChildren(b, m);
        b.flush(c);
        return Sql.update(c, "UPDATE " + member + " SET code = ?, full_name = ?, version = ? WHERE id = ? "
                + "AND version = ?", m.code(), m.fullName(), m.version(), m.id().value(), m.version() - 1);
    }

    private void insertChildren(Batch b, Member m) {
        int seq = 0;
        for (Member.Membership x : m.memberships()) {
            b.add(insertMembership, m.id().value(), seq++, x.organisation().value(), x.period().from(),
                    Rows.end(x.period()), x.status());
        }
        seq = 0;
        for (Member.Role x : m.roles()) {
            b.add(insertRole, m.id().value(), seq++, x.organisation().value(), x.kind(), x.period().from(),
                    Rows.end(x.period()));
        }
    }
}
