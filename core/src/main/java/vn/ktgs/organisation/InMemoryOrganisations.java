package vn.ktgs.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.internal.VersionedStore;

/** {@link Organisations} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryOrganisations implements Organisations {

    private final VersionedStore<OrganisationId, Organisation> store =
            new VersionedStore<>("Organisation", Organisation::id, Organisation::version);

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return store.find(id);
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return store.where(o -> o.code().equals(code), Comparator.comparing(Organisation::code)).stream().findFirst();
    }

    @Override
    public List<Organisation> children(OrganisationId parent) {
        return store.where(o -> parent.equals(o.parent()), Comparator.comparing(Organisation::code));
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
