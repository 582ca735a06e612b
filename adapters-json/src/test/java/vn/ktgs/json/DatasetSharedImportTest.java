package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ports;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.document.Document;
import vn.ktgs.organisation.Member;

/**
 * Two committees under one bloc committee in one target: the ancestor, its document and a member who moved between
 * the committees are shared, reused when the same and rejected with their path when they differ.
 */
class DatasetSharedImportTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final JsonMapper MAPPER = new JsonMapper();
    private static final DatasetImporter IMPORTER = new DatasetImporter(VALIDATOR);

    /** The seed committee, with a member holding a seat on the bloc committee and a member who leaves on 30 June. */
    private static String first;
    /** The seed renamed into another committee under the same bloc committee, which the leaver joins on 1 July. */
    private static String second;

    @BeforeAll
    static void load() throws IOException {
        String sample;
        try (InputStream in = DatasetSharedImportTest.class.getResourceAsStream("/datasets/seed-2025.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String renamed = sample.replace("ĐB-VPUBND", "ĐB-SXD").replace("\"CB-", "\"CB2-").replace("\"DV", "\"DX");
        first = canonical(edit(sample, t -> {
            t.withArray("roles").addObject().put("member", "DV01").put("organisation", "ĐUK")
                    .put("role", "EXECUTIVE_COMMITTEE_MEMBER").put("from", "2021-01-01");
            mover(t, "CB-TH", "2021-01-01", "2025-06-30");
        }));
        second = canonical(edit(renamed, t -> mover(t, "CB2-TH", "2025-07-01", null)));
    }

    private static void mover(ObjectNode t, String cell, String from, String to) {
        t.withArray("members").addObject().put("code", "DV99").put("fullName", "Phạm Thị Ưng");
        ObjectNode spell = t.withArray("memberships").addObject().put("member", "DV99").put("cell", cell)
                .put("from", from).put("status", "FULL");
        if (to != null) {
            spell.put("to", to);
        }
    }

    private static String edit(String json, Consumer<ObjectNode> change) throws IOException {
        ObjectNode t = (ObjectNode) MAPPER.readTree(json);
        change.accept(t);
        return t.toString();
    }

    private static Dataset read(String json) {
        return DatasetReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The dataset as the exporter writes it after replaying it alone. */
    private static String canonical(String json) {
        Dataset d = read(json);
        return exported(IMPORTER.replay(d).ports(), d);
    }

    private static String exported(Ports ports, Dataset d) {
        return DatasetWriter.toJson(DatasetExporter.export(ports, d.committee(), d.year(), d.asOf(),
                d.governingDocuments()));
    }

    private static RejectedException rejected(String json, Ports target) {
        return catchThrowableOfType(RejectedException.class, () -> IMPORTER.importInto(read(json), target));
    }

    /** Everything the target holds that the shared records touch, to see that a rejection wrote nothing. */
    private static String contents(Ports target) {
        return target.organisations().all().toString() + target.documents().all()
                + target.members().ofOrganisation(target.organisations().findByCode("ĐUK").orElseThrow().id())
                + target.members().findByCode("DV99").map(Member::toString).orElse("");
    }

    @Test
    void twoCommitteesUnderOneBlocCommitteeBothImportInEitherOrderAndEachExportsWhatWasImported() {
        for (List<String> order : List.of(List.of(first, second), List.of(second, first))) {
            Ports target = Ports.inMemory();

            DatasetImporter.Result a = IMPORTER.importInto(read(order.get(0)), target);
            DatasetImporter.Result b = IMPORTER.importInto(read(order.get(1)), target);

            assertThat(a.written()).isTrue();
            assertThat(b.written()).isTrue();
            assertThat(a.organisations()).isEqualTo(8);
            assertThat(b.organisations()).as("the bloc committee is reused").isEqualTo(7);
            assertThat(b.documents()).as("02-NQ/ĐU is reused").isEqualTo(1);
            assertThat(target.organisations().all()).hasSize(15);
            assertThat(target.documents().all()).extracting(x -> x.number().format())
                    .containsExactlyInAnyOrder("02-NQ/ĐU", "65-KH/ĐU", "65-KH/ĐU");
            Document resolution = target.documents().all().stream()
                    .filter(x -> x.number().format().equals("02-NQ/ĐU")).findFirst().orElseThrow();
            assertThat(target.documents().all()).filteredOn(x -> x.implementsDocument() != null)
                    .allMatch(x -> x.implementsDocument().equals(resolution.id()));
            assertThat(target.disseminations().ofDocument(resolution.id())).isEmpty();
            assertThat(target.members().findByCode("DV99").orElseThrow().memberships()).hasSize(2);
            assertThat(exported(target, read(first))).isEqualTo(first);
            assertThat(exported(target, read(second))).isEqualTo(second);
        }
    }

    @Test
    void importingTheSecondCommitteeTwiceWritesNothing() {
        Ports target = Ports.inMemory();
        IMPORTER.importInto(read(first), target);
        IMPORTER.importInto(read(second), target);
        String before = contents(target);

        DatasetImporter.Result again = IMPORTER.importInto(read(second), target);
        DatasetImporter.Result firstAgain = IMPORTER.importInto(read(first), target);

        assertThat(again.written()).isFalse();
        assertThat(firstAgain.written()).isFalse();
        assertThat(contents(target)).isEqualTo(before);
    }

    @Test
    void aSharedAncestorThatDiffersIsRejectedWithItsPathAndNothingIsWritten() throws IOException {
        Ports target = Ports.inMemory();
        IMPORTER.importInto(read(first), target);
        String before = contents(target);
        String renamedBloc = edit(second, t -> ((ObjectNode) t.withArray("organisations").get(0))
                .put("name", "Đảng ủy Khối Doanh nghiệp tỉnh").put("established", "2021-01-01"));

        RejectedException e = rejected(renamedBloc, target);

        assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple("organisations[0].name", "ktgs.dataset.sharedDiffers"),
                tuple("organisations[0].established", "ktgs.dataset.sharedDiffers"));
        assertThat(e.violations().get(0).message(Locale.ENGLISH)).startsWith("ĐUK is already stored in the target "
                + "and differs from the dataset: the target has ");
        assertThat(e.violations().stream().map(v -> v.message(Locale.forLanguageTag("vi"))))
                .contains("ĐUK đã có trong cơ sở dữ liệu đích nhưng khác bộ dữ liệu: đích ghi “Đảng ủy Khối các cơ "
                        + "quan tỉnh”, bộ dữ liệu ghi “Đảng ủy Khối Doanh nghiệp tỉnh”; không ghi gì");
        assertThat(contents(target)).isEqualTo(before);
        assertThat(target.organisations().findByCode("ĐB-SXD")).isEmpty();
    }

    @Test
    void aSharedDocumentThatDiffersIsRejectedWithItsPathAndNothingIsWritten() throws IOException {
        Ports target = Ports.inMemory();
        IMPORTER.importInto(read(first), target);
        String before = contents(target);
        String retitled = edit(second, t -> ((ObjectNode) t.withArray("documents").get(0))
                .put("title", "Nghị quyết khác"));

        RejectedException e = rejected(retitled, target);

        assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("documents[0].title", "ktgs.dataset.sharedDiffers"));
        assertThat(e.violations().get(0).args()).containsEntry("code", "02-NQ/ĐU")
                .containsEntry("incoming", "Nghị quyết khác");
        assertThat(contents(target)).isEqualTo(before);
        assertThat(target.organisations().findByCode("ĐB-SXD")).isEmpty();
    }

    @Test
    void aSharedMemberWhoseRecordsDifferOrOverlapIsRejected() throws IOException {
        Ports target = Ports.inMemory();
        IMPORTER.importInto(read(first), target);
        String before = contents(target);
        Dataset d = read(second);
        int member = d.members().indexOf(d.members().stream().filter(m -> m.code().equals("DV99")).findFirst()
                .orElseThrow());
        int spell = d.memberships().indexOf(d.memberships().stream().filter(m -> m.member().equals("DV99"))
                .findFirst().orElseThrow());
        String overlapping = edit(second, t -> {
            ((ObjectNode) t.withArray("members").get(member)).put("fullName", "Phạm Thị Ứng");
            ((ObjectNode) t.withArray("memberships").get(spell)).put("from", "2025-06-01");
        });

        RejectedException e = rejected(overlapping, target);

        assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple("members[" + member + "].fullName", "ktgs.dataset.sharedDiffers"),
                tuple("memberships[" + spell + "].from", "ktgs.membership.overlap"));
        assertThat(contents(target)).isEqualTo(before);
    }

    @Test
    void aCommitteeOrCellAlreadyStoredUnderAnotherCommitteeStaysRejected() throws IOException {
        Ports target = Ports.inMemory();
        IMPORTER.importInto(read(first), target);
        String stolenCell = second.replace("\"CB2-TH\"", "\"CB-TH\"");

        RejectedException e = rejected(stolenCell, target);

        assertThat(e.violations()).extracting(Violation::rule).containsOnly("ktgs.dataset.alreadyStored");
        assertThat(e.violations()).extracting(Violation::path).hasSize(1).allMatch(p -> p.endsWith(".code"));
    }
}
