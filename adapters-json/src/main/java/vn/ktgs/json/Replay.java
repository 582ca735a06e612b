package vn.ktgs.json;

import jakarta.validation.Validator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.ktgs.Ktgs;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.MemberId;

/**
 * One replay of a dataset into fresh in-memory ports, run once: the tree and the people at once
 * ({@link OrganisationReplayer}); then every dated step that the section replayers queue ({@link DocumentReplayer},
 * {@link PlanReplayer}, {@link ActivityReplayer}, {@link ReportReplayer}), run in the order of their days (then
 * phase, then the order queued) on a clock moved to each day. A step's violations are put under the step's dataset
 * path, with the command's field names renamed as the dataset names them; a record whose step failed, or that is
 * dated after {@code asOf} ({@code ktgs.dataset.afterAsOf}), is not replayed further.
 */
final class Replay {

    /** Command fields that the dataset names otherwise. */
    private static final Map<String, String> FIELDS = Map.of("activityId", "", "expectedVersion", "", "planId", "",
            "itemId", "", "report", "", "recommendationId", "", "concludedOn", "on", "minutesReference", "minutes",
            "decisionReference", "decision", "implementsDocument", "implements");

    private final ReplayState s;
    private final DatasetImporter.Progress progress;

    Replay(Dataset d, Validator validator, DatasetImporter.Progress progress) {
        this.s = new ReplayState(d, validator);
        this.progress = progress;
    }

    /**
     * Replays the dataset.
     *
     * @throws RejectedException with every problem, each under its dataset path
     */
    Ktgs run() {
        List<Violation> v = s.v;
        new OrganisationReplayer(s).replay();
        if (!v.isEmpty()) {
            throw new RejectedException(v);
        }
        new DocumentReplayer(s).documentSteps();
        new PlanReplayer(s).planSteps();
        new ActivityReplayer(s).activitySteps();
        new ReportReplayer(s).reportSteps();
        List<ReplayState.Step> steps = s.steps;
        steps.sort(Comparator.comparing(ReplayState.Step::day).thenComparingInt(ReplayState.Step::phase)
                .thenComparingLong(ReplayState.Step::seq));
        Dataset d = s.d;
        long done = 0;
        for (ReplayState.Step step : steps) {
            if (!s.failed.contains(step.record())) {
                if (step.day().isAfter(d.asOf())) {
                    v.add(Violation.of(step.path(), "ktgs.dataset.afterAsOf", "day", step.day(), "asOf", d.asOf()));
                    s.failed.add(step.record());
                } else {
                    s.clock.set(step.day());
                    List<Violation> out = safely(step.action());
                    if (!out.isEmpty()) {
                        out.forEach(x -> v.add(inDataset(x).under(step.path())));
                        s.failed.add(step.record());
                    }
                }
            }
            if (++done % 10_000 == 0) {
                progress.replayed(done, steps.size());
            }
        }
        progress.replayed(done, steps.size());
        s.clock.set(d.asOf());
        if (!v.isEmpty()) {
            throw new RejectedException(v);
        }
        return s.ktgs;
    }

    /** The replayed members' ids, in the order the writer saves them. */
    Collection<MemberId> memberIds() {
        return s.members.values();
    }

    /** A command's field named as the dataset names it; ids and versions of the command name the record. */
    private static Violation inDataset(Violation x) {
        String path = x.path();
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        String head = path.substring(0, end);
        String renamed = FIELDS.get(head);
        if (renamed == null) {
            return x;
        }
        String rest = path.substring(end);
        String joined = renamed.isEmpty() && rest.startsWith(".") ? rest.substring(1) : renamed + rest;
        return new Violation(joined, x.rule(), x.args());
    }

    private static List<Violation> safely(Supplier<List<Violation>> action) {
        try {
            return action.get();
        } catch (RejectedException e) {
            return e.violations();
        } catch (NotFoundException e) {
            return List.of(e.violation());
        } catch (ConflictException | IllegalArgumentException e) {
            return List.of(Violation.of("", "ktgs.dataset.replayFailed", "reason", String.valueOf(e.getMessage())));
        }
    }
}
