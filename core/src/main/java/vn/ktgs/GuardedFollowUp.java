package vn.ktgs;

import java.time.LocalDate;
import java.util.List;
import vn.ktgs.access.Action;
import vn.ktgs.followup.FollowUpService;
import vn.ktgs.followup.Overdue;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;

/**
 * Theo dõi, đôn đốc for one caller: what the organisation and those below it owe, under {@link Action#READ} on
 * it, keeping only what the caller may read — and work from an inspection on signs of violation only for a caller
 * with {@link Action#READ_CONFIDENTIAL} on its organisation. Obtained from {@link Guarded#followUp()}.
 */
public final class GuardedFollowUp {

    private final Guarded as;
    private final FollowUpService service;
    private final OrganisationService organisations;

    GuardedFollowUp(Guarded as, FollowUpService service, OrganisationService organisations) {
        this.as = as;
        this.service = service;
        this.organisations = organisations;
    }

    /** {@link FollowUpService#overdue}, most overdue first, as far as the caller may read it. */
    public List<Overdue> overdue(OrganisationId root, LocalDate day) {
        as.require(Action.READ, organisations.organisation(root).id());
        return service.overdue(root, day).stream()
                .filter(x -> as.allows(Action.READ, x.organisation()))
                .filter(x -> !x.confidential() || as.allows(Action.READ_CONFIDENTIAL, x.organisation()))
                .toList();
    }
}
