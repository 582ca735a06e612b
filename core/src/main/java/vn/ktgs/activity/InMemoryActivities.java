package vn.ktgs.activity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.internal.VersionedStore;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanId;

/** {@link Activities} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryActivities implements Activities {

    private static final Comparator<Activity> ORDER =
            Comparator.comparing(Activity::openedOn).thenComparing(a -> a.id().value());

    private final VersionedStore<ActivityId, Activity> store =
            new VersionedStore<>("Activity", Activity::id, Activity::version);
    private final VersionedStore.Index<Activity> byOrganisation = store.index(a -> java.util.List.of(a.organisation()));
    private final VersionedStore.Index<Activity> byPlan = store.index(a -> a.plan() == null
            ? java.util.List.of() : java.util.List.of(a.plan()));

    @Override
    public Optional<Activity> find(ActivityId id) {
        return store.find(id);
    }

    @Override
    public List<Activity> ofOrganisation(OrganisationId organisation) {
        return store.lookup(byOrganisation, organisation, ORDER);
    }

    @Override
    public Page<Activity> ofOrganisation(OrganisationId organisation, PageRequest request) {
        return store.page(byOrganisation, organisation, ORDER, request);
    }

    @Override
    public List<Activity> ofPlan(PlanId plan) {
        return store.lookup(byPlan, plan, ORDER);
    }

    @Override
    public Page<Activity> ofPlan(PlanId plan, PageRequest request) {
        return store.page(byPlan, plan, ORDER, request);
    }

    @Override
    public void save(Activity activity) {
        store.save(activity);
    }
}
