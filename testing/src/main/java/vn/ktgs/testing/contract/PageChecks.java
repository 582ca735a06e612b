package vn.ktgs.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;

/** The checks every paged list method of a port must pass against its own full list. */
public final class PageChecks {

    private PageChecks() {
    }

    /**
     * Checks {@code paged} against {@code full}, the list method's whole answer for the same arguments: walking the
     * pages with {@link Page#next()} at limits 1, 2, 3, the list's size and the maximum gives back exactly
     * {@code full} in the expected number of pages, each page echoes its request and counts the whole list, each
     * page but the last is full; a page from the middle is that slice; a page at the end, past it or at the
     * largest offset is empty and still counts the list.
     */
    public static <T> void pagesMatchTheFullList(Function<PageRequest, Page<T>> paged, List<T> full) {
        int n = full.size();
        for (int limit : new int[] {1, 2, 3, Math.max(1, n), PageRequest.MAX_LIMIT}) {
            List<T> walked = new ArrayList<>();
            int pages = 0;
            Optional<PageRequest> next = Optional.of(PageRequest.first(limit));
            while (next.isPresent()) {
                PageRequest request = next.get();
                Page<T> page = paged.apply(request);
                assertThat(page.request()).as("the request of page %d of %d", pages, limit).isEqualTo(request);
                assertThat(page.total()).as("the total on page %d of %d", pages, limit).isEqualTo(n);
                assertThat(page.items()).as("the items of page %d of %d", pages, limit)
                        .hasSize(Math.min(limit, n - request.offset()));
                walked.addAll(page.items());
                next = page.next();
                pages++;
            }
            assertThat(walked).as("the pages of %d concatenated", limit).containsExactlyElementsOf(full);
            assertThat(pages).as("the number of pages of %d", limit).isEqualTo(Math.max(1, (n + limit - 1) / limit));
        }
        if (n >= 3) {
            assertThat(paged.apply(new PageRequest(1, n - 2)).items()).as("a page from the middle")
                    .containsExactlyElementsOf(full.subList(1, n - 1));
        }
        for (int offset : new int[] {n, n + 7, Integer.MAX_VALUE}) {
            Page<T> beyond = paged.apply(new PageRequest(offset, 5));
            assertThat(beyond.items()).as("the items at offset %d", offset).isEmpty();
            assertThat(beyond.total()).as("the total at offset %d", offset).isEqualTo(n);
            assertThat(beyond.next()).isEmpty();
        }
    }
}
