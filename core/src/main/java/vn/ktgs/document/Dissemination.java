package vn.ktgs.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;

/**
 * Quán triệt: a session in which a cell brings a resolution or plan to its cadres and members (S8), with the
 * members who attended.
 *
 * @param document the document disseminated
 * @param cell the cell that held the session
 * @param heldOn the day of the session
 * @param attendees the members who attended, ordered by id, each once
 * @param note a free note (may be empty), stored in Unicode NFC
 * @param version the optimistic-concurrency version, 1 when first stored
 */
public record Dissemination(
        DisseminationId id,
        DocumentId document,
        OrganisationId cell,
        LocalDate heldOn,
        List<MemberId> attendees,
        String note,
        long version) {

    public Dissemination {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(note, "note");
        List<MemberId> sorted = new ArrayList<>(attendees);
        sorted.sort(Comparator.comparing(MemberId::value));
        if (new HashSet<>(sorted).size() != sorted.size()) {
            throw new IllegalArgumentException("an attendee is listed once");
        }
        attendees = List.copyOf(sorted);
    }
}
