package vn.ktgs.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.internal.VersionedStore;

/** {@link Members} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryMembers implements Members {

    private static final Comparator<Member> BY_CODE = vn.ktgs.common.VietnameseOrder.by(Member::code);

    private final VersionedStore<MemberId, Member> store =
            new VersionedStore<>("Member", Member::id, Member::version);
    private final VersionedStore.Index<Member> byCode = store.index(m -> java.util.List.of(m.code()));
    private final VersionedStore.Index<Member> byOrganisation = store.index(m -> {
        java.util.Set<OrganisationId> orgs = new java.util.HashSet<>();
        m.memberships().forEach(x -> orgs.add(x.organisation()));
        m.roles().forEach(r -> orgs.add(r.organisation()));
        return orgs;
    });

    @Override
    public Optional<Member> find(MemberId id) {
        return store.find(id);
    }

    @Override
    public Optional<Member> findByCode(String code) {
        return store.lookup(byCode, code, BY_CODE).stream().findFirst();
    }

    @Override
    public List<Member> ofOrganisation(OrganisationId organisation) {
        return store.lookup(byOrganisation, organisation, BY_CODE);
    }

    @Override
    public Page<Member> ofOrganisation(OrganisationId organisation, PageRequest request) {
        return store.page(byOrganisation, organisation, BY_CODE, request);
    }

    @Override
    public void save(Member member) {
        store.save(member);
    }
}
