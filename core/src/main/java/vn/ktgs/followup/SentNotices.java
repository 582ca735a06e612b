package vn.ktgs.followup;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import vn.ktgs.organisation.OrganisationId;

/**
 * Port: where the notices sent for overdue items are remembered, one per item and step, so that escalation is
 * idempotent across runs (and across restarts, over a database).
 */
public interface SentNotices {

    /**
     * Records {@code notice} unless a notice of the same item and step is recorded: {@code true} when this call
     * recorded it, {@code false} when it was there already (nothing is changed then). Atomic: of two concurrent
     * calls for the same item and step, exactly one returns {@code true}.
     */
    boolean record(SentNotice notice);

    /**
     * Forgets the notice of {@code key} at {@code step} (when sending it failed after it was recorded); nothing
     * happens when there is none.
     */
    void forget(OverdueKey key, int step);

    /** The notices of one item, by step. */
    List<SentNotice> ofItem(OverdueKey key);

    /** The notices of the items owed by {@code organisation}, by day sent, then key and step. */
    List<SentNotice> ofOrganisation(OrganisationId organisation);

    /**
     * The highest step sent of each of {@code keys} that has one. The default asks {@link #ofItem(OverdueKey)} for
     * each: an implementation over a database should override it with one query.
     */
    default Map<OverdueKey, Integer> highestSteps(Collection<OverdueKey> keys) {
        Map<OverdueKey, Integer> out = new HashMap<>();
        for (OverdueKey k : keys) {
            OptionalInt max = ofItem(k).stream().mapToInt(SentNotice::step).max();
            if (max.isPresent()) {
                out.put(k, max.getAsInt());
            }
        }
        return out;
    }
}
