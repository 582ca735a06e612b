package vn.ktgs.common;

/**
 * Yêu cầu trang: which slice of a list to return, by position in the list's documented order.
 *
 * <p>Offset paging: the items at positions {@code offset} to {@code offset + limit - 1} (from 0). Because every
 * paged list of the ports has a total order (its documented order ends in a unique key), consecutive pages of an
 * unchanged data set never overlap and never skip an item; an item saved or removed between two requests shifts
 * the positions after it, as with any offset paging.
 *
 * @param offset how many items of the list come before the page: 0 or more
 * @param limit the most items the page holds: 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {

    /**
     * The largest page: {@value}. It bounds what one call can load (a JDBC page loads each item with its child
     * rows); a host that needs the whole list calls the list method without a page.
     */
    public static final int MAX_LIMIT = 1000;

    /**
     * @throws IllegalArgumentException when {@code offset} is negative or {@code limit} is not 1 to
     *     {@link #MAX_LIMIT}
     */
    public PageRequest {
        check(offset, limit);
    }

    /** The checks of the compact constructor, shared with {@link Page}. */
    static void check(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("a page offset is 0 or more, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page limit is 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** The first {@code limit} items. */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /**
     * Page number {@code page} (from 0) of pages of {@code size} items: offset {@code page * size}.
     *
     * @throws IllegalArgumentException when {@code page} is negative, {@code size} is not 1 to {@link #MAX_LIMIT},
     *     or the offset does not fit an {@code int}
     */
    public static PageRequest ofPage(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("a page number is 0 or more, not " + page);
        }
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + page + " of " + size + " items starts beyond position "
                    + Integer.MAX_VALUE);
        }
        return new PageRequest((int) offset, size);
    }

    /** The position just after the page: {@code offset + limit}, which may exceed {@code Integer.MAX_VALUE}. */
    public long end() {
        return (long) offset + limit;
    }
}
