package vn.ktgs.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.Activity;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.RoleKind;

/**
 * Buffers one thread reuses while it computes a committee's cells one after another, so that a cell's
 * computation allocates little beyond what it hands out, and the committee's own figures gathered on the way.
 * Not for two threads at once.
 */
final class Workspace {
    final Ids withTargets = new Ids(8);
    final Ids tied = new Ids(8);
    final Ids onTime = new Ids(8);
    final Ids late = new Ids(8);
    final Ids coordinated = new Ids(8);
    final Ids ledBySecretary = new Ids(8);
    final Ids recommendationsDue = new Ids(8);
    final Ids recommendationsInTime = new Ids(8);
    final Ids findings = new Ids(8);
    final Ids handled = new Ids(8);
    final Ids covered = new Ids(32);
    final Ids reachedIds = new Ids(32);
    final Ids planned = new Ids(32);
    final Ids plannedLeaders = new Ids(8);
    final Ids disciplined = new Ids(8);
    final Ids disciplinedLeaders = new Ids(8);
    final Ids reportsInTime = new Ids(8);
    final People people = new People();
    final CommitteeFigures committee = new CommitteeFigures();
    private Activity[] byItem = new Activity[0];
    private boolean[] done = new boolean[0];

    /** Room for the latest record of {@code n} items, emptied. */
    Activity[] byItem(int n) {
        if (byItem.length < n) {
            byItem = new Activity[Math.max(n, 2 * byItem.length)];
        } else {
            Arrays.fill(byItem, 0, n, null);
        }
        return byItem;
    }

    /** Room for whether each of {@code n} items was concluded, emptied. */
    boolean[] done(int n) {
        if (done.length < n) {
            done = new boolean[Math.max(n, 2 * done.length)];
        } else {
            Arrays.fill(done, 0, n, false);
        }
        return done;
    }

    /**
     * The people of one cell for one year, with what the pass over the records learns about them. Ids are kept
     * as two arrays of longs, so that finding a member among a cell's few people reads no objects.
     */
    static final class People {
        /** Above this many people a hash map finds a member faster than a scan. */
        private static final int SMALL = 32;

        private List<Member> members = List.of();
        private int p;
        private long[] high = new long[0];
        private long[] low = new long[0];
        private @Nullable Map<MemberId, Integer> index;
        boolean[] onRoll = new boolean[0];
        boolean[] atYearEnd = new boolean[0];
        boolean[] covered = new boolean[0];
        /** Named as a target by an item of the plan in force on 31 December. */
        boolean[] planned = new boolean[0];
        /** Held a leadership role of the cell (secretary, deputy secretary, cell committee member) in the year. */
        boolean[] leader = new boolean[0];
        /** A discipline was decided on them in the year, in the cell's records. */
        boolean[] disciplined = new boolean[0];
        /** The indexes of the people in the order of their ids ({@link UUID#compareTo}'s: halves as signed longs). */
        int[] order = new int[0];
        private int[] secretaries = new int[0];
        private int secretaryCount;

        /** Takes the people of {@code cell} for the year {@code y}, forgetting the previous cell's. */
        People reset(List<Member> members, OrganisationId cell, DateRange y) {
            this.members = members;
            int p = members.size();
            this.p = p;
            if (high.length < p) {
                int n = Math.max(p, 2 * high.length);
                high = new long[n];
                low = new long[n];
                onRoll = new boolean[n];
                atYearEnd = new boolean[n];
                covered = new boolean[n];
                planned = new boolean[n];
                leader = new boolean[n];
                disciplined = new boolean[n];
                secretaries = new int[n];
                order = new int[n];
            } else {
                Arrays.fill(covered, 0, p, false);
                Arrays.fill(planned, 0, p, false);
                Arrays.fill(leader, 0, p, false);
                Arrays.fill(disciplined, 0, p, false);
            }
            secretaryCount = 0;
            index = p > SMALL ? new HashMap<>(p * 2) : null;
            for (int i = 0; i < p; i++) {
                Member m = members.get(i);
                UUID id = m.id().value();
                long h = id.getMostSignificantBits();
                long l = id.getLeastSignificantBits();
                high[i] = h;
                low[i] = l;
                int j = i - 1;
                while (j >= 0 && p <= SMALL && (high[order[j]] > h || high[order[j]] == h && low[order[j]] > l)) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = i;
                if (index != null) {
                    index.put(m.id(), i);
                }
                onRoll[i] = m.wasMemberDuring(cell, y);
                atYearEnd[i] = m.isMemberOf(cell, y.to());
                List<Member.Role> roles = m.roles();
                boolean secretary = false;
                for (int r = 0; r < roles.size(); r++) {
                    Member.Role role = roles.get(r);
                    if (role.organisation().equals(cell) && role.period().overlaps(y)) {
                        RoleKind kind = role.kind();
                        if (kind == RoleKind.SECRETARY || kind == RoleKind.DEPUTY_SECRETARY
                                || kind == RoleKind.CELL_COMMITTEE_MEMBER) {
                            leader[i] = true;
                        }
                        if (kind == RoleKind.SECRETARY && !secretary) {
                            secretary = true;
                            secretaries[secretaryCount++] = i;
                        }
                    }
                }
            }
            if (p > SMALL) {
                long[] hi = high;
                long[] lo = low;
                Integer[] boxed = new Integer[p];
                for (int i = 0; i < p; i++) {
                    boxed[i] = i;
                }
                Arrays.sort(boxed, (a, b) -> hi[a] != hi[b] ? Long.compare(hi[a], hi[b]) : Long.compare(lo[a], lo[b]));
                for (int i = 0; i < p; i++) {
                    order[i] = boxed[i];
                }
            }
            return this;
        }

        int size() {
            return p;
        }

        Member member(int i) {
            return members.get(i);
        }

        UUID id(int i) {
            return members.get(i).id().value();
        }

        /** Marks {@code id} as targeted, if on the roll. */
        void cover(MemberId id) {
            int i = indexOf(id);
            if (i >= 0 && onRoll[i]) {
                covered[i] = true;
            }
        }

        /** Marks {@code id} as named by the plan, if on the roll or holding a leadership role. */
        void plan(MemberId id) {
            int i = indexOf(id);
            if (i >= 0) {
                planned[i] = true;
            }
        }

        /** Marks {@code id} as disciplined in the year, if on the roll. */
        void discipline(MemberId id) {
            int i = indexOf(id);
            if (i >= 0 && onRoll[i]) {
                disciplined[i] = true;
            }
        }

        boolean isSecretary(MemberId id) {
            UUID u = id.value();
            for (int k = 0; k < secretaryCount; k++) {
                int i = secretaries[k];
                if (high[i] == u.getMostSignificantBits() && low[i] == u.getLeastSignificantBits()) {
                    return true;
                }
            }
            return false;
        }

        private int indexOf(MemberId id) {
            if (index != null) {
                Integer i = index.get(id);
                return i == null ? -1 : i;
            }
            UUID u = id.value();
            long h = u.getMostSignificantBits();
            long l = u.getLeastSignificantBits();
            for (int i = 0; i < p; i++) {
                if (high[i] == h && low[i] == l) {
                    return i;
                }
            }
            return -1;
        }
    }
}
