package vn.ktgs.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.CloseRecommendation;
import vn.ktgs.activity.ActivityCommands.Conclude;
import vn.ktgs.activity.ActivityCommands.DecideDiscipline;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.activity.ActivityCommands.OpenUnplanned;
import vn.ktgs.activity.ActivityCommands.Recommend;
import vn.ktgs.activity.ActivityCommands.RecordCoordination;
import vn.ktgs.activity.ActivityCommands.Start;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.common.Entity;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.json.Dataset.ActivityEntry;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.Target;

/**
 * Queues the steps of {@code activities} (phase 3): the notification (a planned record starts its plan item, which
 * must be known: {@code ktgs.dataset.unknownCode}), coordinations, stages, the conclusion, recommendations and their
 * closing, disciplines — sorted by day and, within a day, in the order the workflow needs. A record whose plan failed
 * is not replayed.
 */
final class ActivityReplayer extends SectionReplayer {

    private final Map<String, ActivityId> activities = new HashMap<>();

    ActivityReplayer(ReplayState s) {
        super(s);
    }

    void activitySteps() {
        for (int i = 0; i < d.activities().size(); i++) {
            ActivityEntry e = d.activities().get(i);
            String path = "activities[" + i + "]";
            if (e.planned() && !itemRecord.containsKey(e.planItem())) {
                v.add(Violation.of(path + ".planItem", "ktgs.dataset.unknownCode", "kind", Entity.PLAN_ITEM, "code",
                        e.planItem()));
                continue;
            }
            record Dated(LocalDate day, int rank, String path, Supplier<List<Violation>> action) {
            }
            List<Dated> dated = new ArrayList<>();
            dated.add(new Dated(e.notifiedOn(), 0, path, () -> open(e, path)));
            for (int k = 0; k < e.coordinations().size(); k++) {
                var c = e.coordinations().get(k);
                dated.add(new Dated(c.on(), 1, path + ".coordinations[" + k + "]", () -> {
                    Activity a = current(path);
                    return result(ktgs.activities().recordCoordination(new RecordCoordination(a.id(),
                            a.version(), c.partner(), c.partnerName(), c.on(), c.note())));
                }));
            }
            for (int k = 0; k < e.stages().size(); k++) {
                var s = e.stages().get(k);
                int rank = switch (s.stage()) {
                    case SELF_REPORT_RECEIVED -> 2;
                    case VERIFIED -> 3;
                    case FOLLOW_UP -> 7;
                    default -> 9;
                };
                dated.add(new Dated(s.on(), rank, path + ".stages[" + k + "]", () -> {
                    Activity a = current(path);
                    return result(ktgs.activities().advance(new Advance(a.id(), a.version(), s.stage(), s.on(),
                            s.note())));
                }));
            }
            var c = e.conclusion();
            if (c != null) {
                dated.add(new Dated(c.on(), 4, path + ".conclusion", () -> {
                    List<Violation> out = new ArrayList<>();
                    List<Finding> findings = new ArrayList<>();
                    for (int k = 0; k < c.findings().size(); k++) {
                        var f = c.findings().get(k);
                        findings.add(new Finding(target(f.target(), "findings[" + k + "].target", out),
                                f.description(), f.severity(), f.disciplineToBeConsidered()));
                    }
                    if (!out.isEmpty()) {
                        return out;
                    }
                    Activity a = current(path);
                    return result(ktgs.activities().conclude(new Conclude(a.id(), a.version(), c.on(),
                            c.strengths(), c.shortcomings(), findings, c.minutes())));
                }));
            }
            List<vn.ktgs.activity.RecommendationId> made = new ArrayList<>();
            for (int k = 0; k < e.recommendations().size(); k++) {
                var r = e.recommendations().get(k);
                String rpath = path + ".recommendations[" + k + "]";
                LocalDate made0 = c != null ? c.on() : e.notifiedOn();
                dated.add(new Dated(made0, 5, rpath, () -> {
                    List<Violation> out = new ArrayList<>();
                    Target addressee = target(r.addressee(), "addressee", out);
                    if (!out.isEmpty()) {
                        return out;
                    }
                    Activity a = current(path);
                    Outcome<Activity> o = ktgs.activities().recommend(new Recommend(a.id(), a.version(), r.text(),
                            addressee, r.due()));
                    if (o instanceof Outcome.Accepted<Activity> ok) {
                        var list = ok.value().recommendations();
                        made.add(list.get(list.size() - 1).id());
                    }
                    return o.violations();
                }));
                if (r.closedOn() != null) {
                    int index = k;
                    dated.add(new Dated(r.closedOn(), 8, rpath, () -> {
                        Activity a = current(path);
                        return result(ktgs.activities().closeRecommendation(new CloseRecommendation(a.id(),
                                a.version(), made.get(index), r.closedOn(), r.followUpNote())));
                    }));
                }
            }
            for (int k = 0; k < e.disciplines().size(); k++) {
                var x = e.disciplines().get(k);
                dated.add(new Dated(x.decidedOn(), 6, path + ".disciplines[" + k + "]", () -> {
                    List<Violation> out = new ArrayList<>();
                    Target t = target(x.target(), "target", out);
                    if (!out.isEmpty()) {
                        return out;
                    }
                    Activity a = current(path);
                    return result(ktgs.activities().decideDiscipline(new DecideDiscipline(a.id(), a.version(), t,
                            x.form(), x.decidedOn(), x.reason(), x.decision())));
                }));
            }
            dated.sort(Comparator.comparing(Dated::day).thenComparingInt(Dated::rank));
            String planRecord = e.planned() ? itemRecord.get(e.planItem()) : null;
            for (Dated x : dated) {
                step(x.day(), 3, path, x.path(), () -> {
                    if (planRecord != null && failed.contains(planRecord)) {
                        failed.add(path);
                        return List.of();
                    }
                    return x.action().get();
                });
            }
        }
    }

    private Activity current(String path) {
        ActivityId id = activities.get(path);
        if (id == null) {
            throw new RejectedException(Violation.of("", "ktgs.dataset.activity.beforeNotification"));
        }
        return ktgs.activities().activity(id);
    }

    private List<Violation> open(ActivityEntry e, String path) {
        Outcome<Activity> o;
        if (e.planned()) {
            PlanItemId item = items.get(e.planItem());
            if (item == null) {
                return List.of(Violation.of("planItem", "ktgs.dataset.unknownCode", "kind", Entity.PLAN_ITEM, "code",
                        e.planItem()));
            }
            o = ktgs.activities().start(new Start(itemPlans.get(e.planItem()), item, e.notifiedOn(), e.note()));
        } else {
            List<Violation> out = new ArrayList<>();
            OrganisationId org = organisation(Objects.requireNonNull(e.organisation()), "organisation", out);
            List<Target> targets = targets(e.targets(), "targets", out);
            MemberId responsible = member(Objects.requireNonNull(e.responsible()), "responsible", out);
            if (!out.isEmpty()) {
                return out;
            }
            o = ktgs.activities().openUnplanned(new OpenUnplanned(org, targets, e.subject(), responsible,
                    e.notifiedOn(), e.note()));
        }
        if (o instanceof Outcome.Accepted<Activity> a) {
            activities.put(path, a.value().id());
        }
        return o.violations();
    }
}
