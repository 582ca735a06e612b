package vn.ktgs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

class ContentFocusCatalogueTest {

    private static final String HEADER = """
            schemaVersion=1
            legalReference=Kế hoạch 65-KH/ĐU (13/10/2024)
            effectiveFrom=2024-10-13
            """;

    private static ContentFocusCatalogue read(String text) {
        return ContentFocusCatalogue.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shipsTheDefaultListWithBothLabelsAndItsLegalReference() {
        ContentFocusCatalogue catalogue = ContentFocusCatalogue.defaults();

        assertThat(catalogue.all()).extracting(ContentFocus::code).contains("CELL_RESOLUTIONS", "MEMBER_DUTIES",
                "EXEMPLARY_CONDUCT", "PROHIBITED_CONDUCT", "PROFESSIONAL_TASKS", "ASSET_DECLARATION",
                "ANTI_CORRUPTION_WASTE", "ETHICS_LIFESTYLE", "PARTY_LIFE", "KTGS_WORK", "DISCIPLINE_ENFORCEMENT");
        assertThat(catalogue.find("EXEMPLARY_CONDUCT")).hasValueSatisfying(f -> {
            assertThat(f.label()).isEqualTo("Trách nhiệm nêu gương");
            assertThat(f.label(Locale.ENGLISH)).isEqualTo("Responsibility to set an example");
        });
        assertThat(catalogue.legalReference()).startsWith("296-QĐ/TW (30/5/2025)");
        assertThat(catalogue.effectiveFrom()).isEqualTo(LocalDate.of(2025, 5, 30));
        assertThat(catalogue.find("GOLF")).isEmpty();
    }

    @Test
    void readsAProvincesOwnList() {
        ContentFocusCatalogue catalogue = read(HEADER + """
                focus.DIGITAL_TRANSFORMATION.vi=Chuyển đổi số
                focus.DIGITAL_TRANSFORMATION.en=Digital transformation
                """);

        assertThat(catalogue.all()).extracting(ContentFocus::code).containsExactly("DIGITAL_TRANSFORMATION");
        assertThat(catalogue.find("MEMBER_DUTIES")).isEmpty();
    }

    @Test
    void rejectsAnUnknownKeyAndACodeWithoutItsEnglishLabel() {
        RejectedException e = catchThrowableOfType(RejectedException.class, () -> read(HEADER + """
                focus.PARTY_LIFE.vi=Sinh hoạt đảng
                focus.PARTY_LIFE.fr=Vie du Parti
                focus.party_life.vi=sinh hoạt
                """));

        assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple("content-focus:focus.PARTY_LIFE.fr", "ktgs.data.unknownKey"),
                tuple("content-focus:focus.party_life.vi", "ktgs.data.unknownKey"));
        RejectedException missing = catchThrowableOfType(RejectedException.class,
                () -> read(HEADER + "focus.PARTY_LIFE.vi=Sinh hoạt đảng\n"));
        assertThat(missing.violations()).extracting(Violation::path)
                .containsExactly("content-focus:focus.PARTY_LIFE.en");
    }

    @Test
    void rejectsAListWithoutCodes() {
        RejectedException e = catchThrowableOfType(RejectedException.class, () -> read(HEADER));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("content-focus:focus");
    }
}
