package vn.ktgs.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.ConflictException;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.DisseminationId;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.document.DocumentNumber;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;

/** The contract of {@link vn.ktgs.document.Disseminations}. */
public abstract class DisseminationsContract extends PortsContract {

    @Test
    public void findsWhatWasSavedWithItsAttendees() {
        Dissemination d = session(world.cellA.id(), LocalDate.of(2024, 10, 20),
                List.of(world.an.id(), world.ung.id()), TestData.VIETNAMESE_LETTERS);
        ports.disseminations().save(d);

        assertThat(ports.disseminations().find(d.id())).contains(d);
        assertThat(ports.disseminations().find(DisseminationId.random())).isEmpty();
    }

    @Test
    public void listsByDocumentAndByCellOrderedByDayThenId() {
        Dissemination late = session(world.cellA.id(), LocalDate.of(2024, 11, 2), List.of(world.ung.id()), "");
        Dissemination early = session(world.cellA.id(), LocalDate.of(2024, 10, 20), List.of(), "Lần 1");
        Dissemination sameDay1 = new Dissemination(new DisseminationId(new UUID(1, 1)), world.resolution.id(),
                world.cellB.id(), LocalDate.of(2024, 10, 25), List.of(world.duc.id()), "", 1);
        Dissemination sameDay2 = new Dissemination(new DisseminationId(new UUID(-1, 1)), world.resolution.id(),
                world.cellB.id(), LocalDate.of(2024, 10, 25), List.of(), "", 1);
        for (Dissemination d : List.of(late, sameDay1, early, sameDay2)) {
            ports.disseminations().save(d);
        }

        assertThat(ports.disseminations().ofDocument(world.resolution.id()))
                .containsExactly(early, sameDay2, sameDay1, late);
        assertThat(ports.disseminations().ofCell(world.cellA.id())).containsExactly(early, late);
        assertThat(ports.disseminations().ofCell(OrganisationId.random())).isEmpty();
    }

    @Test
    public void findsWhichOfSomeMembersAttendedADocumentsSessionsByADay() {
        Document other = new Document(DocumentId.random(), DocumentNumber.parse("65-KH/ĐU"), world.committee.id(),
                LocalDate.of(2024, 10, 1), world.resolution.term(), "Kế hoạch thực hiện Nghị quyết",
                world.resolution.id(), 1);
        ports.documents().save(other);
        ports.disseminations().save(session(world.cellA.id(), LocalDate.of(2024, 10, 20), List.of(world.ung.id()),
                ""));
        ports.disseminations().save(session(world.cellB.id(), LocalDate.of(2024, 12, 31), List.of(world.duc.id()),
                ""));
        ports.disseminations().save(session(world.cellA.id(), LocalDate.of(2025, 1, 1), List.of(world.an.id()), ""));
        ports.disseminations().save(new Dissemination(DisseminationId.random(), other.id(), world.cellA.id(),
                LocalDate.of(2024, 11, 1), List.of(world.an.id(), world.ung.id()), "", 1));
        Set<MemberId> everyone = Set.of(world.ung.id(), world.an.id(), world.duc.id());

        // an attended only after the day, and only the other document before it; duc in another cell counts
        assertThat(ports.disseminations().attendedAmong(world.resolution.id(), LocalDate.of(2024, 12, 31), everyone))
                .containsExactlyInAnyOrder(world.ung.id(), world.duc.id());
        assertThat(ports.disseminations().attendedAmong(world.resolution.id(), LocalDate.of(2024, 12, 30), everyone))
                .containsExactly(world.ung.id());
        assertThat(ports.disseminations().attendedAmong(world.resolution.id(), LocalDate.of(2025, 1, 1),
                Set.of(world.an.id(), MemberId.random()))).containsExactly(world.an.id());
        assertThat(ports.disseminations().attendedAmong(other.id(), LocalDate.of(2024, 12, 31), everyone))
                .containsExactlyInAnyOrder(world.an.id(), world.ung.id());
        assertThat(ports.disseminations().attendedAmong(world.resolution.id(), LocalDate.of(2025, 1, 1), Set.of()))
                .isEmpty();
        assertThat(ports.disseminations().attendedAmong(DocumentId.random(), LocalDate.of(2025, 1, 1), everyone))
                .isEmpty();
    }

    @Test
    public void pagesTheSessionsOfADocumentAndOfACellInTheirOrder() {
        long[] highs = {3, -3, 1, -1, 0x7fff_ffff_ffff_ffffL, Long.MIN_VALUE, 2};
        for (int i = 0; i < highs.length; i++) {
            OrganisationId cell = i % 3 == 0 ? world.cellB.id() : world.cellA.id();
            ports.disseminations().save(new Dissemination(new DisseminationId(new UUID(highs[i], i)),
                    world.resolution.id(), cell, LocalDate.of(2024, 10, 20 + i % 3), List.of(), "", 1));
        }
        List<Dissemination> ofDocument = ports.disseminations().ofDocument(world.resolution.id());
        assertThat(ofDocument).hasSize(7);

        PageChecks.pagesMatchTheFullList(r -> ports.disseminations().ofDocument(world.resolution.id(), r), ofDocument);
        PageChecks.pagesMatchTheFullList(r -> ports.disseminations().ofCell(world.cellA.id(), r),
                ports.disseminations().ofCell(world.cellA.id()));
    }

    @Test
    public void storesTheNextVersionAndRejectsAStaleOne() {
        Dissemination d = session(world.cellA.id(), LocalDate.of(2024, 10, 20), List.of(world.ung.id()), "");
        ports.disseminations().save(d);
        Dissemination next = new Dissemination(d.id(), d.document(), d.cell(), d.heldOn(),
                List.of(world.ung.id(), world.an.id()), "Bổ sung người dự", 2);
        Dissemination stale = new Dissemination(d.id(), d.document(), d.cell(), d.heldOn(), List.of(), "cũ", 2);
        ports.disseminations().save(next);

        assertThatThrownBy(() -> ports.disseminations().save(stale)).isInstanceOf(ConflictException.class);
        assertThat(ports.disseminations().find(d.id())).contains(next);
    }

    private Dissemination session(OrganisationId cell, LocalDate day, List<MemberId> attendees, String note) {
        return new Dissemination(DisseminationId.random(), world.resolution.id(), cell, day, attendees, note, 1);
    }
}
