package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.Messages;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

/**
 * A dataset or criteria set that is not JSON, or not UTF-8, is reported in the project's own words in the reader's
 * language: the line, the column counted in characters, the reason — or the offset of the first bad byte.
 */
class JsonSyntaxMessagesTest {

    /** Words of Jackson's own messages, which must never reach a reader. */
    private static final List<String> JACKSON = List.of("Unexpected", "expecting", "Unrecognized", "token",
            "end-of-input", "Duplicate", "CTRL-CHAR", "Illegal", "code ");

    private static String sample;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = JsonSyntaxMessagesTest.class.getResourceAsStream("/datasets/seed-2025.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Violation readingDataset(byte[] bytes) {
        RejectedException e = catchThrowableOfType(RejectedException.class,
                () -> DatasetReader.read(new ByteArrayInputStream(bytes)));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.violations()).hasSize(1);
        return ours(e.violations().get(0));
    }

    private static Violation readingDataset(String json) {
        return readingDataset(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Violation readingCriteria(byte[] bytes) {
        RejectedException e = catchThrowableOfType(RejectedException.class,
                () -> new JsonCriteriaSets().read(new ByteArrayInputStream(bytes)));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.violations()).hasSize(1);
        return ours(e.violations().get(0));
    }

    /** {@code v}, having checked that neither language shows Jackson's English. */
    private static Violation ours(Violation v) {
        for (Locale l : List.of(Messages.VIETNAMESE, Locale.ENGLISH)) {
            String m = v.message(l);
            assertThat(JACKSON).as(m).noneMatch(m::contains);
            assertThat(m).doesNotContain("{");
        }
        return v;
    }

    private static String vi(Violation v) {
        return v.message(Messages.VIETNAMESE);
    }

    private static String en(Violation v) {
        return v.message(Locale.ENGLISH);
    }

    @Test
    void aMissingCommaNamesTheLineAndTheColumnInCharactersAfterVietnameseLetters() {
        String third = "  \"committee\": \"ĐB-VPUBND\" \"year\": 2025,";
        int column = third.indexOf("\"year\"") + 1;            // 28 characters; 29 bytes, as Đ takes two
        Violation v = readingDataset("{\n  \"schemaVersion\": 1,\n" + third + "\n  \"asOf\": \"2026-02-02\"\n}");

        assertThat(v.rule()).isEqualTo("ktgs.json.syntax");
        assertThat(v.path()).isEqualTo("committee");
        assertThat(column).isEqualTo(28);
        assertThat(vi(v)).isEqualTo("JSON sai cú pháp ở dòng 3, cột 28: thiếu dấu phẩy giữa hai phần tử, trước “\"”");
        assertThat(en(v)).isEqualTo("JSON syntax error on line 3, column 28: a comma is missing between two entries,"
                + " before “\"”");
    }

    @Test
    void eachKindOfSyntaxErrorHasItsOwnReasonInBothLanguages() {
        Violation duplicate = readingDataset("{\"schemaVersion\": 1, \"schemaVersion\": 1}");
        assertThat(vi(duplicate)).endsWith(": khóa schemaVersion xuất hiện hai lần trong cùng một đối tượng");
        assertThat(en(duplicate)).endsWith(": the key schemaVersion appears twice in the same object");

        Violation word = readingDataset("{\"schemaVersion\": tru}");
        assertThat(vi(word)).isEqualTo("JSON sai cú pháp ở dòng 1, cột 19: “tru” không phải là giá trị JSON: văn bản"
                + " phải đặt trong dấu nháy kép, còn true, false, null viết thường");
        assertThat(en(word)).startsWith("JSON syntax error on line 1, column 19: “tru” is not a JSON value");

        Violation unquoted = readingDataset("{\"committee\": ĐB-VPUBND}");
        assertThat(vi(unquoted)).isEqualTo("JSON sai cú pháp ở dòng 1, cột 15: “ĐB” không phải là giá trị JSON: văn"
                + " bản phải đặt trong dấu nháy kép, còn true, false, null viết thường");

        Violation missing = readingDataset("{\"committee\": ]}");
        assertThat(vi(missing)).isEqualTo("JSON sai cú pháp ở dòng 1, cột 15: cần một giá trị (chuỗi, số, mảng, đối"
                + " tượng, true, false hoặc null), nhưng gặp “]”");
        assertThat(en(missing)).isEqualTo("JSON syntax error on line 1, column 15: a value (a string, number, array,"
                + " object, true, false or null) is expected, but “]” was found");

        Violation comma = readingDataset("{\"schemaVersion\": 1,\n}");
        assertThat(vi(comma)).isEqualTo("JSON sai cú pháp ở dòng 2, cột 1: thừa dấu phẩy trước “}”");
        assertThat(en(comma)).isEqualTo("JSON syntax error on line 2, column 1: there is a comma too many before “}”");

        Violation key = readingDataset("{schemaVersion: 1}");
        assertThat(vi(key)).endsWith("cột 2: khóa phải đặt trong dấu nháy kép, nhưng gặp “s”");
        assertThat(en(key)).endsWith("column 2: a key goes in double quotes, but “s” was found");

        Violation colon = readingDataset("{\"schemaVersion\" 1}");
        assertThat(vi(colon)).endsWith(": thiếu dấu hai chấm giữa khóa và giá trị, trước “1”");
        assertThat(en(colon)).endsWith(": a colon is missing between a key and its value, before “1”");

        Violation control = readingDataset("{\"committee\": \"ĐB\tVPUBND\"}");
        assertThat(vi(control)).endsWith(": ký tự điều khiển U+0009 trong chuỗi phải viết ở dạng thoát (\\n, \\t, …)");
        assertThat(en(control)).endsWith(": the control character U+0009 must be escaped inside a string (\\n, \\t, …)");

        Violation number = readingDataset("{\"year\": 02025}");
        assertThat(vi(number)).contains("số không viết đúng dạng JSON");
        assertThat(en(number)).contains("a number not written as JSON writes it");

        Violation close = readingDataset("{\"governingDocuments\": [\"65-KH/ĐU\"}");
        assertThat(vi(close)).endsWith(": dấu đóng “}” không khớp với dấu mở nào");
        assertThat(en(close)).endsWith(": the closing “}” matches no opening bracket");

        Violation escape = readingDataset("{\"committee\": \"ĐB\\qX\"}");
        assertThat(vi(escape)).contains("ký tự thoát không hợp lệ");
        assertThat(en(escape)).contains("the escape after \\ in a string is not valid");
    }

    @Test
    void aFileThatEndsTooSoonSaysSoAtItsLastLine() {
        String cut = sample.substring(0, 5000);
        long lines = cut.chars().filter(c -> c == '\n').count() + 1;
        Violation v = readingDataset(cut);
        assertThat(vi(v)).startsWith("JSON sai cú pháp ở dòng " + lines + ", cột ")
                .endsWith(": tệp kết thúc khi tài liệu chưa khép lại (thiếu dấu đóng ngoặc hoặc dấu nháy kép)");
        assertThat(en(v)).endsWith(": the file ends before the document is closed (a closing bracket, brace or"
                + " double quote is missing)");
    }

    @Test
    void contentAfterTheDocumentIsNamedWhereItStarts() {
        long lines = sample.chars().filter(c -> c == '\n').count();
        Violation v = readingDataset(sample.stripTrailing() + "\n  {}");
        assertThat(v.path()).isEmpty();
        assertThat(vi(v)).isEqualTo("JSON sai cú pháp ở dòng " + (lines + 1) + ", cột 3: còn nội dung sau khi tài"
                + " liệu đã kết thúc");
        assertThat(en(v)).isEqualTo("JSON syntax error on line " + (lines + 1) + ", column 3: there is content after"
                + " the end of the document");
    }

    @Test
    void aBadByteInADatasetIsNamedByItsOffsetUnderTheRecordItBroke() {
        byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
        int at = sample.indexOf("Nguyễn");
        int offset = sample.substring(0, at).getBytes(StandardCharsets.UTF_8).length + 4;   // the first byte of ễ
        bytes[offset + 1] = (byte) 'x';                                                      // E1 'x' 85
        Violation v = readingDataset(bytes);

        assertThat(v.rule()).isEqualTo("ktgs.data.notUtf8");
        assertThat(v.path()).startsWith("members[");
        assertThat(vi(v)).isEqualTo("tệp dữ liệu không phải là văn bản UTF-8 hợp lệ: byte không hợp lệ đầu tiên ở vị"
                + " trí " + offset + " (đếm từ 0) là 0xE1");
        assertThat(en(v)).isEqualTo("the data file is not valid UTF-8 text: the first bad byte, at offset " + offset
                + " (counting from 0), is 0xE1");
    }

    @Test
    void aByteOrderMarkIsNotCountedAsAColumn() {
        Violation v = readingDataset("\uFEFF{\"schemaVersion\" 1}");
        assertThat(en(v)).isEqualTo("JSON syntax error on line 1, column 18: a colon is missing between a key and its"
                + " value, before “1”");
    }

    @Test
    void aUtf16DatasetIsNotUtf8() {
        Violation v = readingDataset("\uFEFF{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_16LE));
        assertThat(v.rule()).isEqualTo("ktgs.data.notUtf8");
        assertThat(en(v)).endsWith("at offset 0 (counting from 0), is 0xFF");
    }

    @Test
    void aCriteriaSetGetsTheSameMessagesInBothLanguages() {
        Violation syntax = readingCriteria("{\n  \"schemaVersion\": 1\n  \"id\": \"bộ-tiêu-chí\"\n}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(syntax.path()).isEmpty();
        assertThat(vi(syntax)).isEqualTo("JSON sai cú pháp ở dòng 3, cột 3: thiếu dấu phẩy giữa hai phần tử, trước “\"”");
        assertThat(en(syntax)).isEqualTo("JSON syntax error on line 3, column 3: a comma is missing between two"
                + " entries, before “\"”");

        byte[] broken = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Violation utf8 = readingCriteria(broken);
        assertThat(vi(utf8)).endsWith("byte không hợp lệ đầu tiên ở vị trí 7 (đếm từ 0) là 0xC3");
        assertThat(en(utf8)).endsWith("the first bad byte, at offset 7 (counting from 0), is 0xC3");
    }

    @Test
    void inABundleTheMessageKeepsTheDocumentsPlace() {
        String line = sample.replaceAll("\\n\\s*", "");
        List<DatasetReader.Document> docs = new ArrayList<>();
        DatasetReader.readAll(new ByteArrayInputStream((line + "\n" + line.replaceFirst("\"year\":", "\"year\"")
                + "\n").getBytes(StandardCharsets.UTF_8)), docs::add);

        assertThat(docs).hasSize(2);
        Violation v = ours(docs.get(1).violations().get(0));
        int column = line.indexOf("\"year\":") + "\"year\" ".length() + 1;
        assertThat(v.path()).startsWith("[1]");
        assertThat(vi(v)).isEqualTo("JSON sai cú pháp ở dòng 2, cột " + column + ": thiếu dấu hai chấm giữa khóa và"
                + " giá trị, trước “2”");
        assertThat(en(v)).isEqualTo("JSON syntax error on line 2, column " + column + ": a colon is missing between a"
                + " key and its value, before “2”");
    }
}
