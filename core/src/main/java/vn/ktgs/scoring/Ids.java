package vn.ktgs.scoring;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.UUID;

/**
 * Collects the ids of the records an indicator counted and hands them out as a sorted, unmodifiable list
 * backed by one exact-size array: the calculator makes millions of these lists at national scale, so the
 * collecting buffer is reused from cell to cell ({@link #reset}), an empty list allocates nothing, and ids added in
 * ascending order (the calculator visits a cell's people and plan items in the order of their ids) are not sorted
 * again.
 */
final class Ids {

    private static final UUID[] NONE = new UUID[0];

    private int capacity;
    private UUID[] ids = NONE;
    private int size;
    private boolean ascending = true;
    private boolean given;

    /** @param capacity the expected most (the array grows past it if needed) */
    Ids(int capacity) {
        this.capacity = Math.max(capacity, 1);
    }

    void add(UUID id) {
        if (given) {
            throw new IllegalStateException("ids already handed out");
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, Math.max(capacity, ids.length * 2));
        }
        if (ascending && size > 0 && ids[size - 1].compareTo(id) > 0) {
            ascending = false;
        }
        ids[size++] = id;
    }

    /** Empties the buffer for reuse, expecting at most {@code capacity} ids (it grows past that if needed). */
    Ids reset(int capacity) {
        this.capacity = Math.max(capacity, 1);
        size = 0;
        ascending = true;
        given = false;
        return this;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The ids collected, sorted; nothing may be added afterwards. */
    List<UUID> toList() {
        given = true;
        if (size == 0) {
            return List.of();
        }
        UUID[] out = Arrays.copyOf(ids, size);
        if (!ascending) {
            Arrays.sort(out);
        }
        return new Sorted(out);
    }

    /** An unmodifiable list over a sorted array no one else holds. */
    static final class Sorted extends AbstractList<UUID> implements RandomAccess {
        private final UUID[] ids;

        private Sorted(UUID[] ids) {
            this.ids = ids;
        }

        /** Sorts {@code ids} in place and wraps it; the caller gives the array up. */
        static Sorted of(UUID[] ids) {
            Arrays.sort(ids);
            return new Sorted(ids);
        }

        @Override
        public UUID get(int index) {
            return ids[index];
        }

        @Override
        public int size() {
            return ids.length;
        }
    }
}
