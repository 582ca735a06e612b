package vn.ktgs.json;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.common.Violation;
import vn.ktgs.document.DocumentId;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItemId;

/**
 * What one replay holds while the section replayers fill it: the fresh in-memory library on its clock, the ids of
 * what was replayed by their dataset codes (shared between sections: an activity names a plan item, a plan names
 * members), the violations in the order they were found, the records that failed and the dated steps still to run.
 */
final class ReplayState {

    /** One dated step of one record; {@code record} names the record whose failure stops its later steps. */
    record Step(LocalDate day, int phase, long seq, String record, String path, Supplier<List<Violation>> action) {
    }

    final Dataset d;
    final ReplayClock clock;
    final Ktgs ktgs;
    final List<Violation> v = new ArrayList<>();
    final Map<String, OrganisationId> orgs = new HashMap<>();
    final Map<String, MemberId> members = new HashMap<>();
    final Map<String, DocumentId> documents = new HashMap<>();
    final Map<String, PlanItemId> items = new HashMap<>();
    final Map<String, PlanId> itemPlans = new HashMap<>();
    /** The dataset path of the plan ({@code plans[2]}) that brings each item key. */
    final Map<String, String> itemRecord = new HashMap<>();
    final Set<String> failed = new HashSet<>();
    final List<Step> steps = new ArrayList<>();

    ReplayState(Dataset d, Validator validator) {
        this.d = d;
        this.clock = new ReplayClock(d.asOf());
        this.ktgs = Ktgs.builder(Ports.inMemory(), validator, clock).build();
    }
}
