package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

class DocumentNumberTest {

    private static Violation rejection(String text) {
        Outcome<DocumentNumber> outcome = DocumentNumber.tryParse(text, DocumentTypes.defaults());
        assertThat(outcome.violations()).hasSize(1);
        return outcome.violations().get(0);
    }

    @Test
    void parsesTheNumbersOfTheSourceDocument() {
        assertThat(DocumentNumber.parse("65 -KH/ĐU")).isEqualTo(new DocumentNumber(65, "KH", "ĐU"));
        assertThat(DocumentNumber.parse("02-NQ/ĐU")).isEqualTo(new DocumentNumber(2, "NQ", "ĐU"));
        assertThat(DocumentNumber.parse(" 1127 - QĐ / TU ")).isEqualTo(new DocumentNumber(1127, "QĐ", "TU"));
        assertThat(DocumentNumber.parse("885-QĐ/UBKTTW").issuer()).isEqualTo("UBKTTW");
        assertThat(DocumentNumber.parse("36-HD/VPTW").type()).isEqualTo("HD");
        assertThat(DocumentNumber.parse("12-CTr/ĐUK").type()).isEqualTo("CTr");
    }

    @Test
    void formatsWithAtLeastTwoDigits() {
        assertThat(new DocumentNumber(1, "NQ", "ĐU").format()).isEqualTo("01-NQ/ĐU");
        assertThat(new DocumentNumber(65, "KH", "ĐU").format()).isEqualTo("65-KH/ĐU");
        assertThat(new DocumentNumber(99999, "CV", "ĐUK").toString()).isEqualTo("99999-CV/ĐUK");
    }

    @Test
    void equalsWhateverTheNormalisationForm() {
        String nfd = Normalizer.normalize("07-KL/ĐẢNGỦY", Normalizer.Form.NFD);

        assertThat(nfd).isNotEqualTo("07-KL/ĐẢNGỦY");
        assertThat(DocumentNumber.parse(nfd)).isEqualTo(DocumentNumber.parse("07-KL/ĐẢNGỦY"));
        assertThat(new DocumentNumber(7, "KL", Normalizer.normalize("ĐẢNGỦY", Normalizer.Form.NFD)))
                .isEqualTo(new DocumentNumber(7, "KL", "ĐẢNGỦY"));
    }

    @Test
    void rejectsAStateDocumentNumber() {
        Violation v = rejection("06/2024/QĐ-UBND");

        assertThat(v.rule()).isEqualTo("ktgs.document.number.stateDocument");
        assertThat(v.path()).isEmpty();
        assertThat(rejection("1234/UBND-VP").rule()).isEqualTo("ktgs.document.number.stateDocument");
    }

    @Test
    void rejectsAnUnknownOrWronglyCasedType() {
        assertThat(rejection("65-XY/ĐU").rule()).isEqualTo("ktgs.document.number.unknownType");
        assertThat(rejection("65-XY/ĐU").args()).containsEntry("type", "XY");
        assertThat(rejection("65-kh/ĐU").rule()).isEqualTo("ktgs.document.number.unknownType");
        assertThat(rejection("65-CTR/ĐU").rule()).isEqualTo("ktgs.document.number.unknownType");
    }

    @Test
    void rejectsMalformedNumbers() {
        for (String text : new String[] {"", "65", "65-KH", "KH/ĐU", "0-KH/ĐU", "00-KH/ĐU", "123456-KH/ĐU",
                "65-KH/đu", "65-KH/Đu", "65-KH/1ĐU", "65-KH/ABCDEFGHIJKLMNOPQRSTU", "65–KH/ĐU", "-65-KH/ĐU",
                "65-KH/ĐU/", "\uD800-KH/ĐU", "65-KH/Đ\uDC00", "65-KH/ĐU\u0000"}) {
            assertThat(rejection(text).rule()).as(text).isEqualTo("ktgs.document.number.malformed");
        }
        assertThat(DocumentNumber.parse("65-KH/ABCDEFGHIJKLMNOPQRST").issuer()).hasSize(20);
    }

    @Test
    void showsAnInvalidTextSafelyInTheMessage() {
        assertThat(rejection("65-KH/Đ\uDC00").args()).containsEntry("text", "65-KH/Đ\uFFFD");
        assertThat((String) rejection("9".repeat(500)).args().get("text")).hasSize(101).endsWith("…");
    }

    @Test
    void throwsRejectedExceptionWithTheMessageInBothLanguages() {
        RejectedException e = catchThrowableOfType(RejectedException.class,
                () -> DocumentNumber.parse("06/2024/QĐ-UBND"));

        assertThat(e.message(Locale.forLanguageTag("vi")))
                .isEqualTo("06/2024/QĐ-UBND là số, ký hiệu văn bản của Nhà nước, không phải văn bản của Đảng");
        assertThat(e.message(Locale.ENGLISH))
                .isEqualTo("06/2024/QĐ-UBND is the number of a State document, not of a Party document");
    }

    @Test
    void refusesToConstructAnInvalidNumber() {
        assertThatThrownBy(() -> new DocumentNumber(0, "KH", "ĐU")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber(100_000, "KH", "ĐU"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber(1, "kh", "ĐU")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber(1, "KH", "đu")).isInstanceOf(IllegalArgumentException.class);
    }
}
