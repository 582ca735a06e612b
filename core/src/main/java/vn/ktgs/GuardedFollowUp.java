package vn.ktgs;

import java.time.LocalDate;
import java.util.List;
import vn.ktgs.access.AccessDeniedException;
import vn.ktgs.access.Action;
import vn.ktgs.followup.FollowUpService;
import vn.ktgs.followup.NoticeRun;
import vn.ktgs.followup.Notifier;
import vn.ktgs.followup.Overdue;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;

/**
 * Theo dõi, đôn đốc for one caller: what the organisation and those below it owe, under {@link Action#READ} on
 * it, keeping only what the caller may read — and work from an inspection on signs of violation only for a caller
 * with {@link Action#READ_CONFIDENTIAL} on its organisation; sending the notices ({@link #notify}) under
 * {@link Action#READ_CONFIDENTIAL} on the organisation. Obtained from {@link Guarded#followUp()}.
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

    /**
     * {@link FollowUpService#notify}: sends what is overdue in {@code root} and below it, each step once, under
     * {@link Action#READ_CONFIDENTIAL} on {@code root}. A run cannot be narrowed to what its caller may read: it
     * sends every item overdue in the subtree, confidential ones included (an inspection on signs of violation not
     * concluded in time), to the people the follow-up rules name, records each notice and answers with them all. So
     * only a caller who may read all of it starts one: the leadership of {@code root} — its cell committee for a
     * cell, its committee's leaders for a committee — or the leaders of a committee above it (who may read the
     * confidential content of everything below them). An {@link vn.ktgs.access.Authority#ADMINISTRATOR} who is
     * not one of them is refused like any other caller: administrators maintain the tree and do not read
     * confidential content. A host's scheduled run, which no person starts, calls {@link Ktgs#followUp()} itself.
     *
     * @throws AccessDeniedException without {@link Action#READ_CONFIDENTIAL} on {@code root} (nothing is sent)
     */
    public NoticeRun notify(OrganisationId root, LocalDate day, Notifier notifier) {
        as.require(Action.READ_CONFIDENTIAL, organisations.organisation(root).id());
        return service.notify(root, day, notifier);
    }
}
