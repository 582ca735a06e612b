package vn.ktgs.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.ConflictException;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.document.DocumentNumber;

/** The contract of {@link vn.ktgs.document.Documents}. */
public abstract class DocumentsContract extends PortsContract {

    @Test
    public void findsWhatWasSavedWithTheChain() {
        Document plan = document("65-KH/ĐU", LocalDate.of(2024, 10, 13), TestData.VIETNAMESE_LETTERS,
                world.resolution.id());
        ports.documents().save(plan);

        assertThat(ports.documents().find(plan.id())).contains(plan);
        assertThat(ports.documents().find(plan.id()).orElseThrow().implemented()).contains(world.resolution.id());
        assertThat(ports.documents().find(world.resolution.id())).contains(world.resolution);
        assertThat(ports.documents().find(DocumentId.random())).isEmpty();
    }

    @Test
    public void pagesEveryDocumentAndTheDocumentsOfAnIssuerInTheirOrder() {
        LocalDate day = LocalDate.of(2024, 10, 13);
        for (String number : List.of("65-KH/ĐU", "7-KH/ĐU", "3-TB/ĐU", "12-CTr/ĐU", "1-HD/ĐU", "2-TB/ĐU")) {
            ports.documents().save(document(number, day, "Văn bản " + number, null));
        }
        ports.documents().save(document("4-HD/ĐU", LocalDate.of(2021, 1, 4), "Hướng dẫn cũ", null));
        ports.documents().save(new Document(DocumentId.random(), DocumentNumber.parse("1127-QĐ/TU"), world.bloc.id(),
                day, TestWorld.TERM, "Quy định của Tỉnh ủy", null, 1));
        List<Document> all = ports.documents().all();
        assertThat(all).hasSize(9);

        PageChecks.pagesMatchTheFullList(r -> ports.documents().all(r), all);
        PageChecks.pagesMatchTheFullList(r -> ports.documents().ofIssuer(world.committee.id(), r),
                ports.documents().ofIssuer(world.committee.id()));
    }

    @Test
    public void ordersByIssueDayThenTypeNumberAndIssuer() {
        Document plan = document("65-KH/ĐU", LocalDate.of(2024, 10, 13), "Kế hoạch thực hiện", world.resolution.id());
        Document plan7 = document("7-KH/ĐU", LocalDate.of(2024, 10, 13), "Kế hoạch khác", null);
        Document notice = document("3-TB/ĐU", LocalDate.of(2024, 10, 13), "Thông báo", null);
        Document early = document("1-HD/ĐU", LocalDate.of(2021, 1, 4), "Hướng dẫn", null);
        Document other = new Document(DocumentId.random(), DocumentNumber.parse("1127-QĐ/TU"), world.bloc.id(),
                LocalDate.of(2024, 10, 13), TestWorld.TERM, "Quy định của Tỉnh ủy", null, 1);
        for (Document d : new Document[] {plan, notice, other, early, plan7}) {
            ports.documents().save(d);
        }

        assertThat(ports.documents().all()).containsExactly(early, world.resolution, plan7, plan, other, notice);
        assertThat(ports.documents().ofIssuer(world.committee.id()))
                .containsExactly(early, world.resolution, plan7, plan, notice);
        assertThat(ports.documents().ofIssuer(world.cellA.id())).isEmpty();
    }

    @Test
    public void storesTheNextVersionAndRejectsAStaleOne() {
        Document next = new Document(world.resolution.id(), world.resolution.number(), world.resolution.issuer(),
                world.resolution.issuedOn(), world.resolution.term(), "Nghị quyết (đã sửa trích yếu)", null, 2);
        Document stale = new Document(world.resolution.id(), world.resolution.number(), world.resolution.issuer(),
                world.resolution.issuedOn(), world.resolution.term(), "Bản cũ", null, 2);
        ports.documents().save(next);

        assertThatThrownBy(() -> ports.documents().save(stale)).isInstanceOf(ConflictException.class);
        assertThat(ports.documents().find(world.resolution.id())).contains(next);
    }

    @Test
    public void storesSqlMetacharactersAndLongTextVerbatim() {
        String title = TestData.SQL_METACHARACTERS + TestData.longText(50_000);
        Document d = document("9-TB/ĐU", LocalDate.of(2024, 1, 2), title, null);
        ports.documents().save(d);

        assertThat(ports.documents().find(d.id()).orElseThrow().title()).isEqualTo(title);
    }

    private Document document(String number, LocalDate issuedOn, String title,
                              @Nullable DocumentId implementsDocument) {
        return new Document(DocumentId.random(), DocumentNumber.parse(number), world.committee.id(), issuedOn,
                TestWorld.TERM,
                title, implementsDocument, 1);
    }
}
