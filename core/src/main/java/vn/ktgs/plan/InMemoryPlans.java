package vn.ktgs.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.internal.VersionedStore;
import vn.ktgs.organisation.OrganisationId;

/** {@link Plans} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryPlans implements Plans {

    private static final Comparator<Plan> BY_ORGANISATION = Comparator.comparing(p -> p.organisation().value());

    private final VersionedStore<PlanId, Plan> store = new VersionedStore<>("Plan", Plan::id, Plan::version);
    private final VersionedStore.Index<Plan> byYear = store.index(p -> java.util.List.of(p.year()));
    private final VersionedStore.Index<Plan> byOrganisation = store.index(p -> java.util.List.of(p.organisation()));

    @Override
    public Optional<Plan> find(PlanId id) {
        return store.find(id);
    }

    @Override
    public Optional<Plan> findFor(OrganisationId organisation, int year) {
        return store.lookup(byOrganisation, organisation, Comparator.comparing((Plan p) -> p.id().value())).stream()
                .filter(p -> p.year() == year).findFirst();
    }

    @Override
    public List<Plan> ofYear(int year) {
        return store.lookup(byYear, year, BY_ORGANISATION);
    }

    @Override
    public Page<Plan> ofYear(int year, PageRequest request) {
        return store.page(byYear, year, BY_ORGANISATION, request);
    }

    @Override
    public synchronized void save(Plan plan) {
        Optional<Plan> other = findFor(plan.organisation(), plan.year());
        if (other.isPresent() && !other.get().id().equals(plan.id())) {
            throw new ConflictException("Plan", plan.organisation() + "/" + plan.year(), 0, other.get().version());
        }
        store.save(plan);
    }
}
