package vn.ktgs;

import java.util.Objects;
import vn.ktgs.access.AccessDeniedException;
import vn.ktgs.access.AccessRules;
import vn.ktgs.access.Action;
import vn.ktgs.access.Authority;
import vn.ktgs.access.Caller;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;

/**
 * Thao tác của một người gọi: the library's commands and queries as one {@link Caller} may take them, each under the
 * action the core maps it to ({@link vn.ktgs.access.Action}; each view's documentation names the action of each of
 * its commands and queries). Obtained from {@link Ktgs#as(Caller)}; cheap to create, one per request or unit of
 * work.
 *
 * <pre>{@code
 * Guarded secretary = ktgs.as(Caller.member(secretaryId));
 * Plan draft = secretary.plans().draft(command).orThrow();   // AccessDeniedException when they may not
 * }</pre>
 *
 * <p>A refused command or query throws {@link AccessDeniedException} and reads or stores nothing. Confidential
 * content (violations found, disciplinary decisions, inspections on signs of violation) is left out of what a
 * caller without {@link Action#READ_CONFIDENTIAL} on its organisation reads: an inspection on signs of violation is
 * then not found at all, as if it did not exist, and left out of lists. The services of {@link Ktgs} stay
 * unguarded: they are the host's own, trusted access (imports, batch jobs, the command line).
 */
public final class Guarded {

    private final Ktgs ktgs;
    private final Caller caller;
    private final AccessRules rules;

    Guarded(Ktgs ktgs, Caller caller, AccessRules rules) {
        this.ktgs = ktgs;
        this.caller = Objects.requireNonNull(caller, "caller");
        this.rules = rules;
    }

    /** Who is asking. */
    public Caller caller() {
        return caller;
    }

    /** Whether the caller may take {@code action} on the records of {@code organisation} today. */
    public boolean allows(Action action, OrganisationId organisation) {
        return rules.allows(caller, action, organisation);
    }

    /** Whether the caller may read the record of {@code member} ({@link AccessRules#mayReadMember}). */
    public boolean mayRead(Member member) {
        return rules.mayReadMember(caller, member);
    }

    /**
     * Nothing when the caller is known to the library: granted {@link Authority#ADMINISTRATOR} by the host, or a
     * member id that names a stored member; otherwise {@link AccessDeniedException} ({@code UNKNOWN_CALLER}). What
     * every known caller may read (the register of documents, the criteria sets) needs only this.
     */
    public void requireKnown() {
        if (caller.has(Authority.ADMINISTRATOR)) {
            return;
        }
        if (caller.memberId().flatMap(ktgs.organisations()::findMember).isEmpty()) {
            throw AccessDeniedException.unknownCaller();
        }
    }

    /** Nothing when the caller may take {@code action} on {@code organisation}, otherwise the refusal. */
    public void require(Action action, OrganisationId organisation) {
        if (!rules.allows(caller, action, organisation)) {
            throw denied(action, organisation);
        }
    }

    /** Nothing when the host granted the caller {@link Authority#ADMINISTRATOR}, otherwise the refusal. */
    public void requireAdministrator() {
        if (!caller.has(Authority.ADMINISTRATOR)) {
            throw AccessDeniedException.notAdministrator();
        }
    }

    /** Tổ chức và đảng viên, as the caller may read and change them. */
    public GuardedOrganisations organisations() {
        return new GuardedOrganisations(this, ktgs.organisations());
    }

    /** Văn bản và quán triệt, as the caller may read and record them. */
    public GuardedDocuments documents() {
        return new GuardedDocuments(this, ktgs.documents());
    }

    /** Kế hoạch, as the caller may read and write them. */
    public GuardedPlans plans() {
        return new GuardedPlans(this, ktgs.plans(), ktgs.ports().activities());
    }

    /** Thực hiện: execution records, as the caller may read and keep them. */
    public GuardedActivities activities() {
        return new GuardedActivities(this, ktgs.activities(), ktgs.ports().activities(), ktgs.ports().plans());
    }

    /** Báo cáo định kỳ, as the caller may compile, submit, return and read them. */
    public GuardedReports reports() {
        return new GuardedReports(this, ktgs.reports(), ktgs.organisations());
    }

    /**
     * Chấm điểm, for the organisations the caller may read, with what the caller may see of the records counted;
     * and what it takes for a cell the caller may read ({@link GuardedScoring#whatItTakes}).
     */
    public GuardedScoring scoring() {
        return new GuardedScoring(this, ktgs.scoring(), ktgs.organisations(), ktgs.ports().activities(),
                ktgs.whatItTakes());
    }

    /** Theo dõi, đôn đốc: what is overdue, as far as the caller may read it. */
    public GuardedFollowUp followUp() {
        return new GuardedFollowUp(this, ktgs.followUp(), ktgs.organisations());
    }

    AccessDeniedException denied(Action action, OrganisationId organisation) {
        OrganisationService organisations = ktgs.organisations();
        String name = organisations.findOrganisation(organisation).map(o -> o.name())
                .orElse(String.valueOf(organisation.value()));
        return AccessDeniedException.notAllowed(action, organisation, name);
    }

    AccessRules rules() {
        return rules;
    }

    Ports ktgsPorts() {
        return ktgs.ports();
    }
}
