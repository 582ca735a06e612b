package vn.ktgs.rest.api;

import java.util.List;

/**
 * One page of a list, ordered as the list is.
 *
 * @param items the items of the page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page {@code page} of {@code size} items of {@code all}. */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(all.subList((int) from, (int) to), page, size, all.size());
    }
}
