package vn.ktgs.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.common.ConflictException;
import vn.ktgs.internal.VersionedStore;
import vn.ktgs.organisation.OrganisationId;

/** {@link Plans} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryPlans implements Plans {

    private final VersionedStore<PlanId, Plan> store = new VersionedStore<>("Plan", Plan::id, Plan::version);
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
        return store.where(p -> p.year() == year, Comparator.comparing(p -> p.organisation().value()));
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
