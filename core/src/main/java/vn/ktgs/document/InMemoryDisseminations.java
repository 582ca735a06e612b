package vn.ktgs.document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.internal.VersionedStore;
import vn.ktgs.organisation.OrganisationId;

/** {@link Disseminations} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryDisseminations implements Disseminations {

    private static final Comparator<Dissemination> ORDER = Comparator.comparing(Dissemination::heldOn)
            .thenComparing(d -> d.id().value());

    private final VersionedStore<DisseminationId, Dissemination> store =
            new VersionedStore<>("Dissemination", Dissemination::id, Dissemination::version);
    private final VersionedStore.Index<Dissemination> byDocument = store.index(d -> List.of(d.document()));
    private final VersionedStore.Index<Dissemination> byCell = store.index(d -> List.of(d.cell()));

    @Override
    public Optional<Dissemination> find(DisseminationId id) {
        return store.find(id);
    }

    @Override
    public List<Dissemination> ofDocument(DocumentId document) {
        return store.lookup(byDocument, document, ORDER);
    }

    @Override
    public Page<Dissemination> ofDocument(DocumentId document, PageRequest request) {
        return store.page(byDocument, document, ORDER, request);
    }

    @Override
    public List<Dissemination> ofCell(OrganisationId cell) {
        return store.lookup(byCell, cell, ORDER);
    }

    @Override
    public Page<Dissemination> ofCell(OrganisationId cell, PageRequest request) {
        return store.page(byCell, cell, ORDER, request);
    }

    @Override
    public void save(Dissemination dissemination) {
        store.save(dissemination);
    }
}
