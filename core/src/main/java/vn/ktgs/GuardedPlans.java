package vn.ktgs;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.access.AccessDeniedException;
import vn.ktgs.access.Action;
import vn.ktgs.activity.Activities;
import vn.ktgs.activity.Activity;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanCommands.Adopt;
import vn.ktgs.plan.PlanCommands.Amend;
import vn.ktgs.plan.PlanCommands.DraftPlan;
import vn.ktgs.plan.PlanCommands.ReviseDraft;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanService;

/**
 * Kế hoạch for one caller: checked, drafted, revised, adopted and amended under {@link Action#WRITE_WORK} on the
 * plan's organisation (its secretary or deputy), read under {@link Action#READ}. Obtained from
 * {@link Guarded#plans()}.
 */
public final class GuardedPlans {

    private final Guarded as;
    private final PlanService service;
    private final Activities activities;

    GuardedPlans(Guarded as, PlanService service, Activities activities) {
        this.as = as;
        this.service = service;
        this.activities = activities;
    }

    /** {@link PlanService#check} under {@link Action#WRITE_WORK} on the organisation; stores nothing. */
    public Outcome<List<PlanItem>> check(DraftPlan cmd) {
        writes(cmd.organisation());
        return service.check(cmd);
    }

    /** {@link PlanService#draft} under {@link Action#WRITE_WORK} on the organisation. */
    public Outcome<Plan> draft(DraftPlan cmd) {
        writes(cmd.organisation());
        return service.draft(cmd);
    }

    /** {@link PlanService#reviseDraft} under {@link Action#WRITE_WORK} on the plan's organisation. */
    public Outcome<Plan> reviseDraft(ReviseDraft cmd) {
        writesPlan(cmd.planId());
        return service.reviseDraft(cmd);
    }

    /** {@link PlanService#adopt} under {@link Action#WRITE_WORK} on the plan's organisation. */
    public Outcome<Plan> adopt(Adopt cmd) {
        writesPlan(cmd.planId());
        return service.adopt(cmd);
    }

    /** {@link PlanService#amend} under {@link Action#WRITE_WORK} on the plan's organisation. */
    public Outcome<Plan> amend(Amend cmd) {
        writesPlan(cmd.planId());
        return service.amend(cmd);
    }

    /**
     * The plan ({@link vn.ktgs.common.NotFoundException} when not stored) under {@link Action#READ}.
     *
     * @throws AccessDeniedException without {@link Action#READ} on its organisation
     */
    public Plan plan(PlanId id) {
        Plan p = service.plan(id);
        as.require(Action.READ, p.organisation());
        return p;
    }

    /** The plans of the year of the organisations the caller may read, ordered by organisation id. */
    public List<Plan> plansOf(int year) {
        return service.plansOf(year).stream().filter(p -> as.allows(Action.READ, p.organisation())).toList();
    }

    /** The organisation's plan of the year, when one was drafted and the caller may read it; empty otherwise. */
    public Optional<Plan> planFor(OrganisationId organisation, int year) {
        return service.planFor(organisation, year).filter(p -> as.allows(Action.READ, p.organisation()));
    }

    /**
     * One page of the records carrying out the plan, under {@link Action#READ} on its organisation, without their
     * confidential content for a caller who may not read it.
     */
    public Page<Activity> activities(PlanId id, PageRequest request) {
        Plan p = plan(id);
        Page<Activity> page = activities.ofPlan(p.id(), request);
        return as.allows(Action.READ_CONFIDENTIAL, p.organisation()) ? page
                : page.map(Activity::withoutConfidentialContent);
    }

    private void writes(@Nullable OrganisationId organisation) {
        if (organisation != null) {
            as.require(Action.WRITE_WORK, organisation);
        }
    }

    private void writesPlan(@Nullable PlanId id) {
        if (id != null) {
            as.require(Action.WRITE_WORK, service.plan(id).organisation());
        }
    }
}
