package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

class DocumentTypesTest {

    private static final String HEADER = """
            schemaVersion=1
            legalReference=Quy định của tỉnh
            effectiveFrom=2025-01-01
            """;

    private static InputStream file(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shipsThePartyDocumentTypesWithTheirLegalReference() {
        DocumentTypes types = DocumentTypes.defaults();

        assertThat(types.all()).extracting(DocumentType::abbreviation)
                .contains("NQ", "KH", "QĐ", "HD", "BC", "TB", "KL", "CTr", "CT", "QC", "TTr", "CV");
        assertThat(types.legalReference()).contains("36-HD/VPTW");
        assertThat(types.effectiveFrom()).isEqualTo(LocalDate.of(2018, 4, 3));
        assertThat(DocumentTypes.defaults()).isSameAs(types);
    }

    @Test
    void findsAbbreviationsCaseSensitivelyInAnyNormalisationForm() {
        DocumentTypes types = DocumentTypes.defaults();

        assertThat(types.find("CTr")).map(DocumentType::vietnamese).hasValue("Chương trình");
        assertThat(types.find("CTR")).isEmpty();
        assertThat(types.find("CT")).map(t -> t.label(Locale.ENGLISH)).hasValue("Directive");
        assertThat(types.find("Q\u0110")).map(DocumentType::label).hasValue("Quyết định, Quy định");
    }

    @Test
    void readsAHostsOwnCatalogue() {
        DocumentTypes types = DocumentTypes.read(file(HEADER + "type.NQ.vi=Nghị quyết\ntype.NQ.en=Resolution\n"));

        assertThat(types.all()).extracting(DocumentType::abbreviation).containsExactly("NQ");
        assertThat(types.legalReference()).isEqualTo("Quy định của tỉnh");
    }

    @Test
    void rejectsAnUnknownKeyAndATypeWithoutItsEnglishName() {
        RejectedException unknown = catchThrowableOfType(RejectedException.class,
                () -> DocumentTypes.read(file(HEADER + "type.NQ.vi=Nghị quyết\ntype.NQ.en=Resolution\n"
                        + "type.NQ.fr=Résolution\n")));
        RejectedException incomplete = catchThrowableOfType(RejectedException.class,
                () -> DocumentTypes.read(file(HEADER + "type.KH.vi=Kế hoạch\n")));

        assertThat(unknown.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("document-types.properties:type.NQ.fr", "ktgs.data.unknownKey"));
        assertThat(incomplete.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("document-types.properties:type.KH", "ktgs.document.type.incomplete"));
    }

    @Test
    void rejectsAFileWithoutTypes() {
        RejectedException none = catchThrowableOfType(RejectedException.class,
                () -> DocumentTypes.read(file(HEADER)));

        assertThat(none.violations()).extracting(Violation::rule).containsExactly("ktgs.document.type.none");
    }
}
