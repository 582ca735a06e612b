package vn.ktgs.common;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Trang: one slice of a list in its documented order, with the size of the whole list.
 *
 * @param items the items at positions {@code offset} onwards, at most {@code limit}; empty when the offset is at
 *     or beyond the end of the list
 * @param offset the position of the first item, as requested
 * @param limit the most items the page could hold, as requested
 * @param total how many items the whole list has when the page was read
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    /**
     * @throws IllegalArgumentException when the offset or limit is not a valid {@link PageRequest}, the items exceed
     *     the limit, or they do not fit in the total at the offset
     */
    public Page {
        items = List.copyOf(items);
        PageRequest.check(offset, limit);
        if (items.size() > limit) {
            throw new IllegalArgumentException(items.size() + " items do not fit a page of " + limit);
        }
        if (total < 0 || (!items.isEmpty() && (long) offset + items.size() > total)) {
            throw new IllegalArgumentException(items.size() + " items at offset " + offset + " do not fit a list of "
                    + total);
        }
    }

    /** The page {@code request} asks for, of items already cut to it, of a list of {@code total} items. */
    public Page(List<T> items, PageRequest request, long total) {
        this(items, request.offset(), request.limit(), total);
    }

    /**
     * The page {@code request} asks for, cut from the whole list {@code all}. This is what a port's paged methods
     * do by default; it loads the whole list, so an implementation over a large store should override them.
     */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        Objects.requireNonNull(request, "request");
        int from = (int) Math.min(request.offset(), all.size());
        int to = (int) Math.min(request.end(), all.size());
        return new Page<>(all.subList(from, to), request, all.size());
    }

    /** The request that read this page. */
    public PageRequest request() {
        return new PageRequest(offset, limit);
    }

    /** Whether the list has items after this page. */
    public boolean hasNext() {
        return (long) offset + limit < total;
    }

    /** The request for the following page, when the list has items after this one and their offset fits an int. */
    public Optional<PageRequest> next() {
        long end = (long) offset + limit;
        return end < total && end <= Integer.MAX_VALUE ? Optional.of(new PageRequest((int) end, limit))
                : Optional.empty();
    }

    /** The same page with each item mapped by {@code f}. */
    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), offset, limit, total);
    }
}
