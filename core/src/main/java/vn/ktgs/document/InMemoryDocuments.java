package vn.ktgs.document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.internal.VersionedStore;
import vn.ktgs.organisation.OrganisationId;

/** {@link Documents} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryDocuments implements Documents {

    /** By issue day, then type, number and issuer abbreviation, then id: a total order. */
    private static final Comparator<Document> ORDER = Comparator.comparing(Document::issuedOn)
            .thenComparing(d -> d.number().type())
            .thenComparingInt(d -> d.number().number())
            .thenComparing(d -> d.number().issuer())
            .thenComparing(d -> d.id().value());

    private final VersionedStore<DocumentId, Document> store =
            new VersionedStore<>("Document", Document::id, Document::version);
    private final VersionedStore.Index<Document> byIssuer = store.index(d -> List.of(d.issuer()));

    @Override
    public Optional<Document> find(DocumentId id) {
        return store.find(id);
    }

    @Override
    public List<Document> ofIssuer(OrganisationId issuer) {
        return store.lookup(byIssuer, issuer, ORDER);
    }

    @Override
    public Page<Document> ofIssuer(OrganisationId issuer, PageRequest request) {
        return store.page(byIssuer, issuer, ORDER, request);
    }

    @Override
    public List<Document> all() {
        return store.where(d -> true, ORDER);
    }

    @Override
    public Page<Document> all(PageRequest request) {
        return store.pageWhere(d -> true, ORDER, request);
    }

    @Override
    public void save(Document document) {
        store.save(document);
    }
}
