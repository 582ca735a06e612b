package vn.ktgs.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.internal.VersionedStore;

/** {@link Organisations} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryOrganisations implements Organisations {

    private static final Comparator<Organisation> BY_CODE = vn.ktgs.common.VietnameseOrder.by(Organisation::code);

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
        return store.lookup(byCode, code, BY_CODE).stream().findFirst();
    }

    @Override
    public List<Organisation> children(OrganisationId parent) {
        return store.lookup(byParent, parent, BY_CODE);
    }

    @Override
    public Page<Organisation> children(OrganisationId parent, PageRequest request) {
        return store.page(byParent, parent, BY_CODE, request);
    }

    @Override
    public List<Organisation> all() {
        return store.where(o -> true, BY_CODE);
    }

    @Override
    public Page<Organisation> all(PageRequest request) {
        return store.pageWhere(o -> true, BY_CODE, request);
    }

    @Override
    public void save(Organisation organisation) {
        store.save(organisation);
    }
}
