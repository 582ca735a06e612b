package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.organisation.OrganisationId;

/**
 * The in-memory ports select a page with a bounded heap instead of sorting the whole list: for random lists (days
 * drawn from a week, so many ties broken by id; ids on both sides of the sign bit) and random requests, the page is
 * exactly that slice of the full list, and walking the pages gives the full list back.
 */
class InMemoryPagingPropertyTest {

    private static final DocumentId DOCUMENT = new DocumentId(new UUID(7, 7));
    private static final OrganisationId CELL = new OrganisationId(new UUID(8, 8));

    /** A session on {@link #DOCUMENT} on day {@code day} of a week, with id {@code (high, 1)}. */
    private static Dissemination session(int day, long high) {
        return new Dissemination(new DisseminationId(new UUID(high, 1)), DOCUMENT, CELL,
                LocalDate.of(2025, 3, 3).plusDays(day), List.of(), "", 1);
    }

    private static InMemoryDisseminations store(List<Dissemination> sessions) {
        InMemoryDisseminations store = new InMemoryDisseminations();
        sessions.stream().collect(Collectors.toMap(Dissemination::id, s -> s, (a, b) -> a))
                .values().forEach(store::save);
        return store;
    }

    private static List<Dissemination> sessions(List<Integer> days, List<Long> highs) {
        List<Dissemination> out = new ArrayList<>();
        for (int i = 0; i < Math.min(days.size(), highs.size()); i++) {
            out.add(session(days.get(i), highs.get(i)));
        }
        return out;
    }

    @Test
    void aPageIsTheSliceOfTheFullListAtItsOffset() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 6)).ofSizeBetween(0, 60),
                lists().of(longs().all()).ofSizeBetween(0, 60), integers().between(0, 70),
                integers().between(1, 25)).checkAssert((days, highs, offset, limit) -> {
                    InMemoryDisseminations store = store(sessions(days, highs));
                    List<Dissemination> full = store.ofDocument(DOCUMENT);
                    PageRequest request = new PageRequest(offset, limit);

                    Page<Dissemination> page = store.ofDocument(DOCUMENT, request);

                    assertThat(page).isEqualTo(Page.of(full, request));
                    assertThat(page.total()).isEqualTo(full.size());
                });
    }

    @Test
    void walkingThePagesGivesTheFullListBack() {
        qt().withExamples(150).forAll(lists().of(integers().between(0, 6)).ofSizeBetween(0, 60),
                lists().of(longs().all()).ofSizeBetween(0, 60), integers().between(1, 25))
                .checkAssert((days, highs, limit) -> {
                    InMemoryDisseminations store = store(sessions(days, highs));
                    List<Dissemination> walked = new ArrayList<>();
                    Optional<PageRequest> next = Optional.of(PageRequest.first(limit));
                    while (next.isPresent()) {
                        Page<Dissemination> page = store.ofCell(CELL, next.get());
                        walked.addAll(page.items());
                        next = page.next();
                    }
                    assertThat(walked).containsExactlyElementsOf(store.ofCell(CELL));
                });
    }
}
