package vn.ktgs.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.document.DocumentNumber;
import vn.ktgs.document.Documents;
import vn.ktgs.document.Term;
import vn.ktgs.jdbc.internal.AggregateRepository;
import vn.ktgs.jdbc.internal.AuditLog;
import vn.ktgs.jdbc.internal.Batch;
import vn.ktgs.jdbc.internal.Dialect;
import vn.ktgs.jdbc.internal.Sql;
import vn.ktgs.jdbc.internal.Transactor;
import vn.ktgs.organisation.OrganisationId;

/** {@link Documents} in table {@code ktgs_document}. */
final class JdbcDocuments extends AggregateRepository<Document> implements Documents {

    /** The in-memory port's order: issue day, type, number, issuer abbreviation, id. */
    private static final Comparator<Document> ORDER = Comparator.comparing(Document::issuedOn)
            .thenComparing(d -> d.number().type())
            .thenComparingInt(d -> d.number().number())
            .thenComparing(d -> d.number().issuer())
            .thenComparing(d -> d.id().value());

    private final String document;
    private final String insertDocument;
    private final String order;

    JdbcDocuments(Sql sql, Dialect dialect, Transactor tx, AuditLog audit) {
        super(sql, dialect, tx, audit, "Document", "document");
        this.order = "p.issued_on, " + dialect.textOrder("p.doc_type") + ", p.doc_number, "
                + dialect.textOrder("p.issuer_abbrev") + ", " + dialect.uuidOrder("p.id");
        this.document = sql.table("document");
        this.insertDocument = "INSERT INTO " + document + " (id, doc_number, doc_type, issuer_abbrev, issuer_id, "
                + "issued_on, term_name, term_from, term_to, title, implements_id, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public Optional<Document> find(DocumentId id) {
        return findWhere("p.id = ?", id.value());
    }

    @Override
    public List<Document> ofIssuer(OrganisationId issuer) {
        return listWhere(ORDER, "p.issuer_id = ?", issuer.value());
    }

    @Override
    public Page<Document> ofIssuer(OrganisationId issuer, PageRequest request) {
        return pageWhere(request, order, "p.issuer_id = ?", issuer.value());
    }

    @Override
    public List<Document> all() {
        return listWhere(ORDER, "1 = 1");
    }

    @Override
    public Page<Document> all(PageRequest request) {
        return pageWhere(request, order, "1 = 1");
    }

    @Override
    protected UUID idOf(Document value) {
        return value.id().value();
    }

    @Override
    protected long versionOf(Document value) {
        return value.version();
    }

    @Override
    protected List<Document> loadWhere(Connection c, String filter, @Nullable Object... params) throws SQLException {
        return Sql.list(c, "SELECT p.id, p.doc_number, p.doc_type, p.issuer_abbrev, p.issuer_id, p.issued_on, "
                + "p.term_name, p.term_from, p.term_to, p.title, p.implements_id, p.version FROM " + document
                + " p WHERE " + filter + " ORDER BY p.issued_on", rs -> {
                    UUID implemented = Sql.uuidOrNull(rs, "implements_id");
                    return new Document(new DocumentId(Sql.uuid(rs, "id")),
                            new DocumentNumber(rs.getInt("doc_number"), Sql.text(rs, "doc_type"),
                                    Sql.text(rs, "issuer_abbrev")),
                            new OrganisationId(Sql.uuid(rs, "issuer_id")), Sql.date(rs, "issued_on"),
                            new Term(Sql.text(rs, "term_name"), DateRange.of(Sql.date(rs, "term_from"),
                                    Sql.date(rs, "term_to"))),
                            Sql.text(rs, "title"), implemented == null ? null : new DocumentId(implemented),
                            rs.getLong("version"));
                }, params);
    }

    @Override
    protected List<String> insertOrder() {
        return List.of(insertDocument);
    }

    @Override
    protected void insert(Batch b, Document d) {
        b.add(insertDocument, d.id().value(), d.number().number(),
                d.number().type(), d.number().issuer(), d.issuer().value(), d.issuedOn(), d.term().name(),
                d.term().period().from(), d.term().period().to(), d.title(),
                d.implemented().map(DocumentId::value).orElse(null), d.version());
    }

    @Override
    protected int update(Connection c, Document old, Document d) throws SQLException {
        return Sql.update(c, "UPDATE " + document + " SET doc_number = ?, doc_type = ?, issuer_abbrev = ?, "
                + "issuer_id = ?, issued_on = ?, term_name = ?, term_from = ?, term_to = ?, title = ?, "
                + "implements_id = ?, version = ? WHERE id = ? AND version = ?", d.number().number(),
                d.number().type(), d.number().issuer(), d.issuer().value(), d.issuedOn(), d.term().name(),
                d.term().period().from(), d.term().period().to(), d.title(),
                d.implemented().map(DocumentId::value).orElse(null), d.version(), d.id().value(), d.version() - 1);
    }
}
