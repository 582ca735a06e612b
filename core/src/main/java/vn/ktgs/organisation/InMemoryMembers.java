package vn.ktgs.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ktgs.internal.VersionedStore;

/** {@link Members} in memory, for embedding and tests. Thread-safe. */
public final class InMemoryMembers implements Members {

    private final VersionedStore<MemberId, Member> store =
            new VersionedStore<>("Member", Member::id, Member::version);

    @Override
    public Optional<Member> find(MemberId id) {
        return store.find(id);
    }

    @Override
    public Optional<Member> findByCode(String code) {
        return store.where(m -> m.code().equals(code), Comparator.comparing(Member::code)).stream().findFirst();
    }

    @Override
    public List<Member> ofOrganisation(OrganisationId organisation) {
        return store.where(m -> m.memberships().stream().anyMatch(x -> x.organisation().equals(organisation))
                        || m.roles().stream().anyMatch(r -> r.organisation().equals(organisation)),
                Comparator.comparing(Member::code));
    }

    @Override
    public void save(Member member) {
        store.save(member);
    }
}
