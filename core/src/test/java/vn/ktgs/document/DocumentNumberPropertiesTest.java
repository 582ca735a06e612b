package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.RejectedException;

class DocumentNumberPropertiesTest {

    private static final DocumentTypes TYPES = DocumentTypes.defaults();

    /** Uppercase Vietnamese letters, with the letters of Vietnamese and precomposed letters with tone marks. */
    private static final List<String> LETTERS = List.of("A", "B", "C", "D", "G", "H", "K", "L", "M", "N", "P",
            "Q", "R", "S", "T", "U", "V", "X", "Y", "Đ", "Ư", "Ơ", "Ă", "Â", "Ê", "Ô", "Ấ", "Ự", "Ề", "Ở", "Ỹ",
            "Ắ", "Ộ", "Ữ", "Ị", "Ạ", "Ỳ");
    private static final List<String> LETTERS_AND_DIGITS = concat(LETTERS,
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));

    /** Pieces of document numbers and troublemakers: separators, marks, controls and unpaired surrogates. */
    private static final List<String> PIECES = concat(LETTERS_AND_DIGITS, List.of("-", "/", " ", "\t", "k", "đ",
            "ư", "NQ", "KH", "CTr", "QĐ", "2024", "\u0301", "\u0323", "\u0110", "\uD800", "\uDFFF", "\uD83D\uDE00",
            "\u0000", "\u00A0", "–", "Ω", "\u2126", "Ⅻ", "٣", "𝐀"));

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static Gen<String> issuers() {
        return arbitrary().pick(LETTERS).zip(lists().of(arbitrary().pick(LETTERS_AND_DIGITS)).ofSizeBetween(0, 19),
                (first, rest) -> first + String.join("", rest));
    }

    private static Gen<DocumentNumber> numbers() {
        return integers().between(1, DocumentNumber.MAX_NUMBER).zip(
                arbitrary().pick(TYPES.all()).map(DocumentType::abbreviation), issuers(), DocumentNumber::new);
    }

    private static void parsesOrIsRejected(String text) {
        try {
            Outcome<DocumentNumber> outcome = DocumentNumber.tryParse(text, TYPES);
            if (outcome.isAccepted()) {
                assertThat(DocumentNumber.parse(outcome.orThrow().format(), TYPES)).isEqualTo(outcome.orThrow());
            }
            DocumentNumber.parse(text, TYPES);
        } catch (RejectedException expected) {
            assertThat(expected.violations()).hasSize(1);
            assertThat(expected.violations().get(0).rule()).startsWith("ktgs.document.number.");
        }
    }

    @Test
    void parsingAFormattedNumberGivesItBack() {
        qt().withExamples(2000).forAll(numbers())
                .checkAssert(n -> assertThat(DocumentNumber.parse(n.format(), TYPES)).isEqualTo(n));
    }

    @Test
    void theDecomposedFormOfANumberParsesToAnEqualNumber() {
        qt().withExamples(1000).forAll(numbers())
                .checkAssert(n -> assertThat(DocumentNumber.parse(
                        Normalizer.normalize(n.format(), Normalizer.Form.NFD), TYPES)).isEqualTo(n));
    }

    @Test
    void spacesAroundTheSeparatorsDoNotMatter() {
        qt().withExamples(500).forAll(numbers(), integers().between(0, 3), integers().between(0, 3))
                .checkAssert((n, before, after) -> assertThat(DocumentNumber.parse(n.format()
                        .replace("-", " ".repeat(before) + "-" + " ".repeat(after))
                        .replace("/", " ".repeat(after) + "/" + " ".repeat(before)), TYPES)).isEqualTo(n));
    }

    @Test
    void anyTextOfRandomCodePointsParsesOrIsRejected() {
        qt().withExamples(3000).forAll(strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert(DocumentNumberPropertiesTest::parsesOrIsRejected);
    }

    @Test
    void anyTextOfNumberPiecesParsesOrIsRejected() {
        qt().withExamples(3000).forAll(lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 30)
                        .map(pieces -> String.join("", pieces)))
                .checkAssert(DocumentNumberPropertiesTest::parsesOrIsRejected);
    }

    @Test
    void aNumberWithASurrogateBrokenOffIsRejected() {
        qt().withExamples(500).forAll(numbers(), arbitrary().pick("\uD800", "\uDBFF", "\uDC00", "\uDFFF"))
                .checkAssert((n, surrogate) -> assertThat(DocumentNumber.tryParse(n.format() + surrogate, TYPES)
                        .violations()).singleElement()
                        .extracting(v -> v.rule()).isEqualTo("ktgs.document.number.malformed"));
    }
}
