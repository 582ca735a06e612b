package vn.ktgs.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.DisseminationId;
import vn.ktgs.document.Disseminations;
import vn.ktgs.document.DocumentId;
import vn.ktgs.jdbc.internal.AggregateRepository;
import vn.ktgs.jdbc.internal.AuditLog;
import vn.ktgs.jdbc.internal.Batch;
import vn.ktgs.jdbc.internal.Dialect;
import vn.ktgs.jdbc.internal.Rows;
import vn.ktgs.jdbc.internal.Sql;
import vn.ktgs.jdbc.internal.Transactor;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;

/** {@link Disseminations} in tables {@code ktgs_dissemination} and {@code ktgs_dissemination_attendee}. */
final class JdbcDisseminations extends AggregateRepository<Dissemination> implements Disseminations {

    private static final Comparator<Dissemination> ORDER = Comparator.comparing(Dissemination::heldOn)
            .thenComparing(d -> d.id().value());

    private final String dissemination;
    private final String attendee;
    private final String insertDissemination;
    private final String insertAttendee;
    private final String order;

    JdbcDisseminations(Sql sql, Dialect dialect, Transactor tx, AuditLog audit) {
        super(sql, dialect, tx, audit, "Dissemination", "dissemination");
        this.order = "p.held_on, " + dialect.uuidOrder("p.id");
        this.dissemination = sql.table("dissemination");
        this.attendee = sql.table("dissemination_attendee");
        this.insertDissemination = "INSERT INTO " + dissemination + " (id, document_id, cell_id, held_on, note, "
                + "version) VALUES (?, ?, ?, ?, ?, ?)";
        this.insertAttendee = "INSERT INTO " + attendee + " (dissemination_id, member_id) VALUES (?, ?)";
    }

    @Override
    public Optional<Dissemination> find(DisseminationId id) {
        return findWhere("p.id = ?", id.value());
    }

    @Override
    public List<Dissemination> ofDocument(DocumentId document) {
        return listWhere(ORDER, "p.document_id = ?", document.value());
    }

    @Override
    public Page<Dissemination> ofDocument(DocumentId document, PageRequest request) {
        return pageWhere(request, order, "p.document_id = ?", document.value());
    }

    /** One query: the attendees among {@code members} of the document's sessions held by {@code until}. */
    @Override
    public Set<MemberId> attendedAmong(DocumentId document, LocalDate until, Set<MemberId> members) {
        if (members.isEmpty()) {
            return new HashSet<>();
        }
        UUID[] ids = new UUID[members.size()];
        int k = 0;
        for (MemberId m : members) {
            ids[k++] = m.value();
        }
        return tx.read(c -> new HashSet<>(Sql.list(c, "SELECT DISTINCT a.member_id FROM " + attendee + " a JOIN "
                + dissemination + " d ON d.id = a.dissemination_id WHERE d.document_id = ? AND d.held_on <= ? AND "
                + dialect.inArray("a.member_id"), rs -> new MemberId(Sql.uuid(rs, "member_id")), document.value(),
                until, c.createArrayOf("uuid", ids))));
    }

    @Override
    public List<Dissemination> ofCell(OrganisationId cell) {
        return listWhere(ORDER, "p.cell_id = ?", cell.value());
    }

    @Override
    public Page<Dissemination> ofCell(OrganisationId cell, PageRequest request) {
        return pageWhere(request, order, "p.cell_id = ?", cell.value());
    }

    @Override
    protected UUID idOf(Dissemination value) {
        return value.id().value();
    }

    @Override
    protected long versionOf(Dissemination value) {
        return value.version();
    }

    private record Row(UUID id, UUID document, UUID cell, java.time.LocalDate heldOn, String note, long version) {
    }

    @Override
    protected List<Dissemination> loadWhere(Connection c, String filter, @Nullable Object... params)
            throws SQLException {
        List<Row> rows = Sql.list(c, "SELECT p.id, p.document_id, p.cell_id, p.held_on, p.note, p.version FROM "
                + dissemination + " p WHERE " + filter + " ORDER BY p.held_on", rs -> new Row(Sql.uuid(rs, "id"),
                Sql.uuid(rs, "document_id"), Sql.uuid(rs, "cell_id"), Sql.date(rs, "held_on"), Sql.text(rs, "note"),
                rs.getLong("version")), params);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<MemberId>> attendees = Rows.group(Sql.list(c, "SELECT dissemination_id, member_id"
                + in(attendee, dissemination, "dissemination_id", filter), rs -> new Rows.Child<>(
                Sql.uuid(rs, "dissemination_id"), 0, new MemberId(Sql.uuid(rs, "member_id"))), params));
        List<Dissemination> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Dissemination(new DisseminationId(r.id()), new DocumentId(r.document()),
                    new OrganisationId(r.cell()), r.heldOn(), Rows.of(attendees, r.id()), r.note(), r.version()));
        }
        return out;
    }

    @Override
    protected List<String> insertOrder() {
        return List.of(insertDissemination, insertAttendee);
    }

    @Override
    protected void insert(Batch b, Dissemination d) {
        b.add(insertDissemination, d.id().value(), d.document().value(), d.cell().value(), d.heldOn(), d.note(),
                d.version());
        insertAttendees(b, d);
    }

    @Override
    protected int update(Connection c, Dissemination old, Dissemination d) throws SQLException {
        Sql.update(c, "DELETE FROM " + attendee + " WHERE dissemination_id = ?", d.id().value());
        Batch b = newBatch();
        insertAttendees(b, d);
        b.flush(c);
        return Sql.update(c, "UPDATE " + dissemination + " SET document_id = ?, cell_id = ?, held_on = ?, note = ?, "
                + "version = ? WHERE id = ? AND version = ?", d.document().value(), d.cell().value(), d.heldOn(),
                d.note(), d.version(), d.id().value(), d.version() - 1);
    }

    private void insertAttendees(Batch b, Dissemination d) {
        for (MemberId m : d.attendees()) {
            b.add(insertAttendee, d.id().value(), m.value());
        }
    }
}
