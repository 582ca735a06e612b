package vn.ktgs.document;

import java.util.List;
import vn.ktgs.organisation.MemberId;

/**
 * Mức độ quán triệt: how far a document has reached the members of a cell on a day (S8 asks for all of them).
 *
 * @param reached the members who attended a dissemination of the document
 * @param members the members of the cell on the day
 * @param notReached the members who have not attended one yet, by member code
 */
public record DisseminationReach(int reached, int members, List<MemberId> notReached) {

    public DisseminationReach {
        notReached = List.copyOf(notReached);
        if (reached < 0 || reached > members || notReached.size() != members - reached) {
            throw new IllegalArgumentException("reached " + reached + " of " + members + " members, but "
                    + notReached.size() + " not reached");
        }
    }

    /** Whether every member of the cell has been reached (true for a cell without members). */
    public boolean isComplete() {
        return reached == members;
    }
}
