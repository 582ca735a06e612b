package vn.ktgs;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.ktgs.access.AccessDeniedException;
import vn.ktgs.access.Action;
import vn.ktgs.activity.Activities;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.CloseRecommendation;
import vn.ktgs.activity.ActivityCommands.Conclude;
import vn.ktgs.activity.ActivityCommands.Correct;
import vn.ktgs.activity.ActivityCommands.DecideDiscipline;
import vn.ktgs.activity.ActivityCommands.OpenUnplanned;
import vn.ktgs.activity.ActivityCommands.Recommend;
import vn.ktgs.activity.ActivityCommands.RecordCoordination;
import vn.ktgs.activity.ActivityCommands.Start;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.ActivityService;
import vn.ktgs.common.Entity;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Plans;

/**
 * Thực hiện for one caller. Starting a planned record, opening an inspection on signs of violation, recording
 * steps, the conclusion, a correction and coordination need {@link Action#WRITE_WORK} on the record's organisation;
 * recommendations and their closing {@link Action#GUIDE}; a disciplinary decision both {@link Action#WRITE_WORK}
 * and {@link Action#READ_CONFIDENTIAL}; reading {@link Action#READ}. An inspection on signs of violation is not
 * found by a caller without {@link Action#READ_CONFIDENTIAL} on its organisation (as if it did not exist), and every
 * record they read comes {@linkplain Activity#withoutConfidentialContent() without its confidential content}.
 * Obtained from {@link Guarded#activities()}.
 */
public final class GuardedActivities {

    private final Guarded as;
    private final ActivityService service;
    private final Activities activities;
    private final Plans plans;

    GuardedActivities(Guarded as, ActivityService service, Activities activities, Plans plans) {
        this.as = as;
        this.service = service;
        this.activities = activities;
        this.plans = plans;
    }

    /** {@link ActivityService#start} under {@link Action#WRITE_WORK} on the plan's organisation. */
    public Outcome<Activity> start(Start cmd) {
        if (cmd.planId() != null) {
            plans.find(cmd.planId()).ifPresent(p -> as.require(Action.WRITE_WORK, p.organisation()));
        }
        return shown(service.start(cmd));
    }

    /** {@link ActivityService#openUnplanned} under {@link Action#WRITE_WORK} on the organisation. */
    public Outcome<Activity> openUnplanned(OpenUnplanned cmd) {
        if (cmd.organisation() != null && as.ktgsPorts().organisations().find(cmd.organisation()).isPresent()) {
            as.require(Action.WRITE_WORK, cmd.organisation());
        }
        return shown(service.openUnplanned(cmd));
    }

    /** {@link ActivityService#advance} under {@link Action#WRITE_WORK}. */
    public Outcome<Activity> advance(Advance cmd) {
        return guarded(cmd.activityId(), service::advance, cmd, Action.WRITE_WORK);
    }

    /** {@link ActivityService#conclude} under {@link Action#WRITE_WORK}. */
    public Outcome<Activity> conclude(Conclude cmd) {
        return guarded(cmd.activityId(), service::conclude, cmd, Action.WRITE_WORK);
    }

    /** {@link ActivityService#correct} under {@link Action#WRITE_WORK}: a new record, linked to the corrected one. */
    public Outcome<Activity> correct(Correct cmd) {
        return guarded(cmd.activityId(), service::correct, cmd, Action.WRITE_WORK);
    }

    /** {@link ActivityService#recordCoordination} under {@link Action#WRITE_WORK}. */
    public Outcome<Activity> recordCoordination(RecordCoordination cmd) {
        return guarded(cmd.activityId(), service::recordCoordination, cmd, Action.WRITE_WORK);
    }

    /** {@link ActivityService#recommend} under {@link Action#GUIDE}. */
    public Outcome<Activity> recommend(Recommend cmd) {
        return guarded(cmd.activityId(), service::recommend, cmd, Action.GUIDE);
    }

    /** {@link ActivityService#closeRecommendation} under {@link Action#GUIDE}. */
    public Outcome<Activity> closeRecommendation(CloseRecommendation cmd) {
        return guarded(cmd.activityId(), service::closeRecommendation, cmd, Action.GUIDE);
    }

    /** {@link ActivityService#decideDiscipline} under {@link Action#WRITE_WORK} and {@link Action#READ_CONFIDENTIAL}. */
    public Outcome<Activity> decideDiscipline(DecideDiscipline cmd) {
        return guarded(cmd.activityId(), service::decideDiscipline, cmd, Action.WRITE_WORK,
                Action.READ_CONFIDENTIAL);
    }

    /**
     * The record, under {@link Action#READ} on its organisation.
     *
     * @throws NotFoundException when not stored, or an inspection on signs of violation the caller may not know of
     * @throws AccessDeniedException without {@link Action#READ}
     */
    public Activity activity(ActivityId id) {
        Activity a = visible(id);
        as.require(Action.READ, a.organisation());
        return shown(a);
    }

    /**
     * One page of the organisation's records the caller may list, under {@link Action#READ} on it: every record for
     * a caller with {@link Action#READ_CONFIDENTIAL}, otherwise only those carrying out a plan item (the port
     * filters them: {@link Activities#plannedOf}).
     */
    public Page<Activity> ofOrganisation(OrganisationId organisation, PageRequest request) {
        as.require(Action.READ, organisation);
        if (as.allows(Action.READ_CONFIDENTIAL, organisation)) {
            return activities.ofOrganisation(organisation, request);
        }
        return activities.plannedOf(organisation, request).map(Activity::withoutConfidentialContent);
    }

    /** Whether the caller reads the confidential content of the records of {@code organisation}. */
    public boolean readsConfidential(OrganisationId organisation) {
        return as.allows(Action.READ_CONFIDENTIAL, organisation);
    }

    /** The record, or not found when it does not exist or is a hidden inspection on signs of violation. */
    private Activity visible(ActivityId id) {
        Activity a = service.activity(id);
        if (!a.isPlanned() && !as.allows(Action.READ_CONFIDENTIAL, a.organisation())) {
            throw new NotFoundException(Entity.ACTIVITY, id);
        }
        return a;
    }

    private <C> Outcome<Activity> guarded(@Nullable ActivityId id, Function<C, Outcome<Activity>> command, C cmd,
                                          Action... actions) {
        if (id != null) {
            Activity a = visible(id);
            for (Action action : actions) {
                as.require(action, a.organisation());
            }
        }
        return shown(command.apply(cmd));
    }

    private Activity shown(Activity a) {
        return as.allows(Action.READ_CONFIDENTIAL, a.organisation()) ? a : a.withoutConfidentialContent();
    }

    private Outcome<Activity> shown(Outcome<Activity> outcome) {
        return outcome.map(this::shown);
    }
}
