package vn.ktgs.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void acceptsVietnameseWithEveryDiacritic() {
        assertThat(Texts.isValid("Đảng ủy Văn phòng UBND tỉnh: ạ ả ã á à ặ ẳ ẵ ắ ằ ậ ẩ ẫ ấ ầ ẹ ẻ ẽ é è ệ ể ễ ế ề "
                + "ị ỉ ĩ í ì ọ ỏ õ ó ò ộ ổ ỗ ố ồ ợ ở ỡ ớ ờ ụ ủ ũ ú ù ự ử ữ ứ ừ ỵ ỷ ỹ ý ỳ\n\tĐ đ")).isTrue();
    }

    @Test
    void rejectsUnpairedSurrogatesAndControlCharacters() {
        assertThat(Texts.isValid("a\uD800b")).isFalse();
        assertThat(Texts.isValid("a\uDC00")).isFalse();
        assertThat(Texts.isValid("bell\u0007")).isFalse();
        assertThat(Texts.isValid("nul\u0000")).isFalse();
    }

    @Test
    void validTextIsExactlyTextThatEncodesAsUtf8WithoutControls() {
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 12)).checkAssert(s -> {
            boolean encodable;
            try {
                StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
                encodable = true;
            } catch (CharacterCodingException e) {
                encodable = false;
            }
            boolean controls = s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
            assertThat(Texts.isValid(s)).isEqualTo(encodable && !controls);
        });
    }

    @Test
    void storesTextInNfc() {
        String nfd = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Thị Ánh");
        assertThat(Texts.nfc("  " + nfd + " ")).isEqualTo("Nguyễn Thị Ánh");
    }
}
