package vn.ktgs.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.internal.VersionedStore;
import vn.ktgs.organisation.OrganisationId;

/** {@link Reports} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryReports implements Reports {

    private static final Comparator<Report> BY_PERIOD = Comparator.comparing(Report::period);
    private static final Comparator<Report> BY_ORGANISATION = Comparator.comparing(r -> r.organisation().value());

    private final VersionedStore<ReportId, Report> store = new VersionedStore<>("Report", Report::id, Report::version);
    private final VersionedStore.Index<Report> byOrganisation = store.index(r -> java.util.List.of(r.organisation()));
    private final VersionedStore.Index<Report> byPeriod = store.index(r -> java.util.List.of(r.period()));

    @Override
    public Optional<Report> find(ReportId id) {
        return store.find(id);
    }

    @Override
    public Optional<Report> findFor(OrganisationId organisation, ReportingPeriod period) {
        return store.lookup(byOrganisation, organisation, Comparator.comparing((Report r) -> r.id().value())).stream()
                .filter(r -> r.period().equals(period)).findFirst();
    }

    @Override
    public List<Report> ofOrganisation(OrganisationId organisation) {
        return store.lookup(byOrganisation, organisation, BY_PERIOD);
    }

    @Override
    public Page<Report> ofOrganisation(OrganisationId organisation, PageRequest request) {
        return store.page(byOrganisation, organisation, BY_PERIOD, request);
    }

    @Override
    public List<Report> ofPeriod(ReportingPeriod period) {
        return store.lookup(byPeriod, period, BY_ORGANISATION);
    }

    @Override
    public Page<Report> ofPeriod(ReportingPeriod period, PageRequest request) {
        return store.page(byPeriod, period, BY_ORGANISATION, request);
    }

    @Override
    public synchronized void save(Report report) {
        Optional<Report> other = findFor(report.organisation(), report.period());
        if (other.isPresent() && !other.get().id().equals(report.id())) {
            throw new ConflictException("Report", report.organisation() + "/" + report.period(), 0,
                    other.get().version());
        }
        store.save(report);
    }
}
