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
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.Organisations;

/** {@link Organisations} in tables {@code ktgs_organisation} and {@code ktgs_org_assignment}. */
final class JdbcOrganisations extends AggregateRepository<Organisation> implements Organisations {

    private static final Comparator<Organisation> BY_CODE = VietnameseOrder.by(Organisation::code);

    private final String organisation;
    private final String assignment;
    private final String insertOrganisation;
    private final String insertAssignment;

    JdbcOrganisations(Sql sql, Dialect dialect, Transactor tx, AuditLog audit) {
        super(sql, dialect, tx, audit, "Organisation", "organisation");
        this.organisation = sql.table("organisation");
        this.assignment = sql.table("org_assignment");
        this.insertOrganisation = "INSERT INTO " + organisation + " (id, code, name, kind, parent_id, established, "
                + "version) VALUES (?, ?, ?, ?, ?, ?, ?)";
        this.insertAssignment = "INSERT INTO " + assignment + " (organisation_id, seq, member_id, period_from, "
                + "period_to) VALUES (?, ?, ?, ?, ?)";
    }

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return findWhere("p.id = ?", id.value());
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return findWhere("p.code = ?", code);
    }

    @Override
    public List<Organisation> children(OrganisationId parent) {
        return listWhere(BY_CODE, "p.parent_id = ?", parent.value());
    }

    @Override
    public Page<Organisation> children(OrganisationId parent, PageRequest request) {
        return pageByText(request, "p.code", VietnameseOrder.texts(), "p.parent_id = ?", parent.value());
    }

    @Override
    public List<Organisation> all() {
        return listWhere(BY_CODE, "1 = 1");
    }

    @Override
    public Page<Organisation> all(PageRequest request) {
        return pageByText(request, "p.code", VietnameseOrder.texts(), "1 = 1");
    }

    @Override
    protected UUID idOf(Organisation value) {
        return value.id().value();
    }

    @Override
    protected long versionOf(Organisation value) {
        return value.version();
    }

    private record Row(UUID id, String code, String name, OrganisationKind kind, @Nullable UUID parent,
                       java.time.LocalDate established, long version) {
    }

    @Override
    protected List<Organisation> loadWhere(Connection c, String filter, @Nullable Object... params)
            throws SQLException {
        List<Row> rows = Sql.list(c, "SELECT p.id, p.code, p.name, p.kind, p.parent_id, p.established, p.version FROM "
                + organisation + " p WHERE " + filter, rs -> new Row(Sql.uuid(rs, "id"),
                Sql.text(rs, "code"), Sql.text(rs, "name"), Sql.enumValue(rs, "kind", OrganisationKind.class),
                Sql.uuidOrNull(rs, "parent_id"), Sql.date(rs, "established"), rs.getLong("version")), params);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Organisation.Assignment>> assignments = Rows.group(Sql.list(c,
                "SELECT organisation_id, seq, member_id, period_from, period_to"
                        + in(assignment, organisation, "organisation_id", filter),
                rs -> new Rows.Child<>(Sql.uuid(rs, "organisation_id"), rs.getInt("seq"), new Organisation.Assignment(
                        new MemberId(Sql.uuid(rs, "member_id")), Rows.range(rs, "period_from", "period_to"))),
                params));
        List<Organisation> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Organisation(new OrganisationId(r.id()), r.code(), r.name(), r.kind(),
                    r.parent() == null ? null : new OrganisationId(r.parent()), r.established(),
                    Rows.of(assignments, r.id()), r.version()));
        }
        return out;
    }

    @Override
    protected List<String> insertOrder() {
        return List.of(insertOrganisation, insertAssignment);
    }

    @Override
    protected void insert(Batch b, Organisation o) {
        b.add(insertOrganisation, o.id().value(), o.code(), o.name(), o.kind(),
                o.parentId().map(OrganisationId::value).orElse(null), o.established(), o.version());
        insertAssignments(b, o);
    }

    @Override
    protected int update(Connection c, Organisation old, Organisation o) throws SQLException {
        Sql.update(c, "DELETE FROM " + assignment + " WHERE organisation_id = ?", o.id().value());
        Batch b = newBatch();
        insertAssignments(b, o);
        b.flush(c);
        return Sql.update(c, "UPDATE " + organisation + " SET code = ?, name = ?, kind = ?, parent_id = ?, "
                + "established = ?, version = ? WHERE id = ? AND version = ?", o.code(), o.name(), o.kind(),
                o.parentId().map(OrganisationId::value).orElse(null), o.established(), o.version(), o.id().value(),
                o.version() - 1);
    }

    private void insertAssignments(Batch b, Organisation o) {
        int seq = 0;
        for (Organisation.Assignment a : o.assignments()) {
            b.add(insertAssignment, o.id().value(), seq++, a.member().value(), a.period().from(), Rows.end(a.period()));
        }
    }
}
