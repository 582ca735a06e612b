package vn.ktgs.document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.internal.VersionedStore;
import vn.ktgs.organisation.OrganisationId;

/** {@link Disseminations} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryDisseminations implements Disseminations {

    private static final Comparator<Dissemination> ORDER = Comparator.comparing(Dissemination::heldOn)
            .thenComparing(d -> d.id().value());

    private final VersionedStore<DisseminationId, Dissemination> store =
            new VersionedStore<>("Dissemination", Dissemination::id, Dissemination::version);

    @Override
    public Optional<Dissemination> find(DisseminationId id) {
        return store.find(id);
    }

    @Override
    public List<Dissemination> ofDocument(DocumentId document) {
        return store.where(d -> d.document().equals(document), ORDER);
    }

    @Override
    public List<Dissemination> ofCell(OrganisationId cell) {
        return store.where(d -> d.cell().equals(cell), ORDER);
    }

    @Override
    public void save(Dissemination dissemination) {
        store.save(dissemination);
    }
}
