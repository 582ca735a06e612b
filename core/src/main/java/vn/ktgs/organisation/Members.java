package vn.ktgs.organisation;

import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;

/** Port: where Party members, their memberships and their roles are stored. */
public interface Members {

    Optional<Member> find(MemberId id);

    Optional<Member> findByCode(String code);

    /** Every member who has ever belonged to or held a role in {@code organisation}, ordered by code. */
    List<Member> ofOrganisation(OrganisationId organisation);

    /**
     * One page of {@link #ofOrganisation(OrganisationId)}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Member> ofOrganisation(OrganisationId organisation, PageRequest request) {
        return Page.of(ofOrganisation(organisation), request);
    }

    /**
     * Stores a new member ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}
     */
    void save(Member member);
}
