package vn.ktgs.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.internal.VersionedStore;

/** {@link Organisations} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryOrganisations implements Organisations {

    private final VersionedStore<OrganisationId, Organisation> store =
            new VersionedStore<>("Organisation", Organisation::id, Organisation::version);
    private final VersionedStore.Index<Organisation> byCode = store.index(o -> java.util.List.of(o.code()));
    private final VersionedStore.Index<Organisation> byParent = store.index(o -> o.parent() == null
            ? java.util.List.of() : java.util.List.of(o.parent()));

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return store.find(id);
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return store.lookup(byCode, code, Comparator.comparing(Organisation::code)).stream().findFirst();
    }

    @Override
    public List<Organisation> children(OrganisationId parent) {
        return store.lookup(byParent, parent, Comparator.comparing(Organisation::code));
    }

    @Override
    public List<Organisation> all() {
        return store.where(o -> true, Comparator.comparing(Organisation::code));
    }

    @Override
    public void save(Organisation organisation) {
        store.save(organisation);
    }
}
