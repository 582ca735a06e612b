package vn.ktgs.json;

import jakarta.validation.Validator;
import java.util.Objects;
import java.util.Optional;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.common.RejectedException;

/**
 * Nạp bộ dữ liệu: replays a {@link Dataset} through the core services, so that every domain rule applies, then
 * copies the result into a host's {@link Ports}.
 *
 * <p><b>Replay.</b> The organisation tree, members, memberships (a probationary spell followed the next day by a
 * full one in the same cell is an admission), roles and assignments come first; then documents, dissemination
 * sessions, plan adoptions and amendments, every step of every record and the reports, in the order of their days,
 * on a clock moved to each record's day. A rejection is reported under the dataset path of the record that caused
 * it ({@code activities[4].conclusion} + {@code concludedOn}); a record whose earlier step failed is not replayed
 * further. Nothing may be dated after the dataset's {@code asOf}.
 *
 * <p><b>Atomic.</b> {@link #importInto} replays into fresh in-memory ports first and writes into the target only when
 * the whole dataset was accepted. <b>Loading twice:</b> when the target already holds the dataset's committee, the
 * import compares the target's export of that committee and year with the dataset's: identical, nothing is written
 * ({@link Result#written()} is false); different, the import is rejected ({@code ktgs.dataset.committeeDiffers}).
 * An organisation below the committee already in the target is rejected ({@code ktgs.dataset.alreadyStored}).
 * <b>Shared records:</b> what the dataset shares with other committees already in the target (the ancestors and
 * their documents, members who moved between committees) is reused when it is the same and rejected when it
 * differs ({@code ktgs.dataset.sharedDiffers}); the module README (Import) says what "the same" means. The write
 * itself is one {@code save} per aggregate (version 1; a reused member given memberships below the committee, its
 * next version), parents before children, every reference pointing at the stored ids; a target that is a database
 * makes it all-or-nothing by running it in one transaction.
 *
 * <p><b>Where things are</b> (package-private): {@code Replay} runs one replay; a replayer per section of the format
 * reads its fields and checks its rules ({@code OrganisationReplayer}: organisations, members, memberships, roles,
 * assignments; {@code DocumentReplayer}: documents, disseminations; {@code PlanReplayer}; {@code ActivityReplayer};
 * {@code ReportReplayer}), over the codes resolved in {@code SectionReplayer}; {@code CommitteeCheck} (with
 * {@code SharedRecords}) checks the committee's records against the target; {@code PortsWriter} writes them, with
 * the ids of {@code StoredIds}.
 */
public final class DatasetImporter {

    /**
     * What an import did. {@code written} is false when the target already held the same data; the counts are of
     * the aggregates written (not those reused from the target).
     */
    public record Result(boolean written, int organisations, int members, int documents, int plans, int activities,
                         int reports) {
    }

    /** Progress of a long replay: the number of steps replayed out of all. */
    @FunctionalInterface
    public interface Progress {
        void replayed(long done, long total);

        Progress NONE = (d, t) -> { };
    }

    private final Validator validator;
    private Progress progress = Progress.NONE;

    public DatasetImporter(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Reports replay progress to {@code progress}. */
    public DatasetImporter withProgress(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * Replays {@code dataset} into fresh in-memory ports; the returned library's clock stands on the dataset's
     * {@code asOf}.
     *
     * @throws RejectedException with every problem, each under its dataset path
     */
    public Ktgs replay(Dataset dataset) {
        return new Replay(dataset, validator, progress).run();
    }

    /**
     * Replays {@code dataset} and, when everything was accepted, writes it into {@code target}.
     *
     * @throws RejectedException with every problem; nothing was written
     */
    public Result importInto(Dataset dataset, Ports target) {
        Replay replay = new Replay(dataset, validator, progress);
        Ports from = replay.run().ports();
        Optional<StoredIds> ids = CommitteeCheck.check(dataset, from, target);
        if (ids.isEmpty()) {
            return new Result(false, 0, 0, 0, 0, 0, 0);
        }
        return PortsWriter.write(from, target, dataset.year(), replay.memberIds(), ids.get());
    }
}
