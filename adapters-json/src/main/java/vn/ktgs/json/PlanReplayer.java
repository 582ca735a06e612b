package vn.ktgs.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.json.Dataset.ItemEntry;
import vn.ktgs.json.Dataset.PlanEntry;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanCommands.Adopt;
import vn.ktgs.plan.PlanCommands.Amend;
import vn.ktgs.plan.PlanCommands.DraftPlan;
import vn.ktgs.plan.PlanCommands.ItemInput;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;

/**
 * Queues the steps of {@code plans} (phase 2): the draft with its adoption on the adoption day (a draft on
 * {@code asOf}), each amendment on its day. Checks first, outside any step, that a plan is of the dataset's year
 * ({@code ktgs.dataset.year.mismatch}) and that item keys are unique across plans ({@code duplicateCode}); records
 * which plan brings each key ({@link ReplayState#itemRecord}) for the activities that name it.
 */
final class PlanReplayer extends SectionReplayer {

    private final Map<String, PlanId> plans = new HashMap<>();

    PlanReplayer(ReplayState s) {
        super(s);
    }

    void planSteps() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < d.plans().size(); i++) {
            PlanEntry p = d.plans().get(i);
            String path = "plans[" + i + "]";
            if (p.year() != d.year()) {
                v.add(Violation.of(path + ".year", "ktgs.dataset.year.mismatch", "year", d.year()));
                continue;
            }
            checkKeys(p.items(), path + ".items", keys, path);
            Set<String> earlier = new HashSet<>();
            p.items().forEach(x -> earlier.add(x.key()));
            for (int a = 0; a < p.amendments().size(); a++) {
                List<ItemEntry> amended = p.amendments().get(a).items();
                for (int k = 0; k < amended.size(); k++) {
                    String key = amended.get(k).key();
                    if (!earlier.contains(key)) {
                        if (!keys.add(key)) {
                            v.add(Violation.of(path + ".amendments[" + a + "].items[" + k + "].key",
                                    "ktgs.dataset.duplicateCode", "code", key));
                        }
                        earlier.add(key);
                        itemRecord.put(key, path);
                    }
                }
            }
            LocalDate draftDay = p.adoptedOn() != null ? p.adoptedOn() : d.asOf();
            step(draftDay, 2, path, path, () -> {
                List<Violation> out = new ArrayList<>();
                OrganisationId org = organisation(p.organisation(), "organisation", out);
                List<ItemInput> inputs = inputs(p.items(), Map.of(), "items", out);
                if (!out.isEmpty()) {
                    return out;
                }
                Outcome<Plan> drafted = ktgs.plans().draft(new DraftPlan(org, p.year(), p.title(), inputs));
                if (!(drafted instanceof Outcome.Accepted<Plan> a)) {
                    return drafted.violations();
                }
                Plan plan = a.value();
                if (p.adoptedOn() != null) {
                    Outcome<Plan> adopted = ktgs.plans().adopt(new Adopt(plan.id(), plan.version(),
                            p.adoptedOn()));
                    if (!(adopted instanceof Outcome.Accepted<Plan> ad)) {
                        return adopted.violations();
                    }
                    plan = ad.value();
                }
                plans.put(path, plan.id());
                remember(p.items(), plan);
                return List.of();
            });
            for (int a = 0; a < p.amendments().size(); a++) {
                var amendment = p.amendments().get(a);
                String apath = path + ".amendments[" + a + "]";
                step(amendment.adoptedOn(), 2, path, apath, () -> {
                    List<Violation> out = new ArrayList<>();
                    Plan plan = ktgs.plans().plan(plans.get(path));
                    List<ItemInput> inputs = inputs(amendment.items(), items, "items", out);
                    if (!out.isEmpty()) {
                        return out;
                    }
                    Outcome<Plan> amended = ktgs.plans().amend(new Amend(plan.id(), plan.version(), inputs,
                            amendment.reason(), amendment.adoptedOn()));
                    if (amended instanceof Outcome.Accepted<Plan> ok) {
                        remember(amendment.items(), ok.value());
                    }
                    return amended.violations();
                });
            }
        }
    }

    private void checkKeys(List<ItemEntry> list, String path, Set<String> keys, String record) {
        for (int k = 0; k < list.size(); k++) {
            String key = list.get(k).key();
            if (!keys.add(key)) {
                v.add(Violation.of(path + "[" + k + "].key", "ktgs.dataset.duplicateCode", "code", key));
            }
            itemRecord.put(key, record);
        }
    }

    private void remember(List<ItemEntry> entries, Plan plan) {
        List<PlanItem> stored = plan.items();
        for (int k = 0; k < entries.size() && k < stored.size(); k++) {
            items.put(entries.get(k).key(), stored.get(k).id());
            itemPlans.put(entries.get(k).key(), plan.id());
        }
    }

    private List<ItemInput> inputs(List<ItemEntry> entries, Map<String, PlanItemId> known, String path,
                                   List<Violation> out) {
        List<ItemInput> inputs = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            ItemEntry e = entries.get(k);
            String at = path + "[" + k + "]";
            inputs.add(new ItemInput(known.get(e.key()), e.kind(), e.mode(),
                    targets(e.targets(), at + ".targets", out), e.focus(), e.politicalTask(), e.content(),
                    e.from(), e.to(), member(e.responsible(), at + ".responsible", out),
                    memberList(e.team(), at + ".team", out)));
        }
        return inputs;
    }
}
