package vn.ktgs.documents;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ktgs.common.Texts;

/**
 * Văn bản: one document laid out in the parts of Guidance 36-HD/VPTW, its text final (labels filled, in NFC), ready
 * to be written as DOCX or PDF by {@link KtgsDocuments#write}. {@link KtgsDocuments} builds it from the library's
 * values; a host may build its own.
 *
 * @param kind which document
 * @param header the header block
 * @param type the document type in capitals ("BÁO CÁO")
 * @param summary the summary under it ("Kết quả công tác kiểm tra, giám sát quý III năm 2025")
 * @param body the sections, paragraphs and tables, in order
 * @param closing the recipients and the signature block
 * @param fileName a file name without extension, ASCII only (for {@code Content-Disposition})
 * @param locale the language of its labels
 */
public record OfficeDocument(Kind kind, Header header, String type, String summary, List<Block> body,
                             Closing closing, String fileName, Locale locale) {

    public OfficeDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(header, "header");
        type = nfc(type);
        summary = nfc(summary);
        body = List.copyOf(body);
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(locale, "locale");
    }

    /** The four documents. */
    public enum Kind {
        /** Kế hoạch kiểm tra, giám sát năm. */
        PLAN,
        /** Báo cáo định kỳ. */
        REPORT,
        /** Thông báo kết luận kiểm tra. */
        CONCLUSION,
        /** Kết quả chấm điểm, xếp loại hằng năm của đảng bộ. */
        CLASSIFICATION
    }

    /**
     * Phần đầu: top left the superior body (capitals, 14 pt) above the issuing body (capitals, 14 pt bold), a star
     * and the number line; top right "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold, underlined) above the place-and-date line
     * (italics).
     *
     * @param superior the superior body in capitals; empty for a root organisation
     * @param confidential the confidentiality mark ("MẬT"), empty when the document carries no confidential content
     */
    public record Header(String party, String superior, String issuer, String star, String number, String dateLine,
                         String confidential) {
        public Header {
            party = nfc(party);
            superior = nfc(superior);
            issuer = nfc(issuer);
            star = nfc(star);
            number = nfc(number);
            dateLine = nfc(dateLine);
            confidential = nfc(confidential);
        }
    }

    /**
     * Nơi nhận và chữ ký: bottom left "Nơi nhận:" and the recipients, one a line; bottom right the signature block.
     *
     * @param onBehalf "T/M CHI BỘ"
     * @param signerTitle "BÍ THƯ"
     * @param signer the name; empty when the organisation has no secretary on the day
     */
    public record Closing(String recipientsLabel, List<String> recipients, String onBehalf, String signerTitle,
                          String signer) {
        public Closing {
            recipientsLabel = nfc(recipientsLabel);
            recipients = recipients.stream().map(OfficeDocument::nfc).toList();
            onBehalf = nfc(onBehalf);
            signerTitle = nfc(signerTitle);
            signer = nfc(signer);
        }
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** A section heading ("I. Số liệu"), bold. */
    public record Heading(String text) implements Block {
        public Heading {
            text = nfc(text);
        }
    }

    /**
     * A paragraph of body text, justified, first line indented.
     *
     * @param confidential whether it is confidential content (printed only for a caller who may read it)
     */
    public record Paragraph(String text, Style style, boolean confidential) implements Block {
        public Paragraph {
            text = nfc(text);
            Objects.requireNonNull(style, "style");
        }

        public static Paragraph of(String text) {
            return new Paragraph(text, Style.NORMAL, false);
        }
    }

    /** How a paragraph is set. */
    public enum Style { NORMAL, ITALIC, BOLD }

    /**
     * A table whose header row repeats on every page and whose rows are never split across pages.
     *
     * @param widths relative column widths, one per column
     * @param numeric which columns hold numbers (set centred)
     */
    public record Table(List<String> columns, List<Integer> widths, List<Boolean> numeric, List<List<String>> rows)
            implements Block {
        public Table {
            columns = columns.stream().map(OfficeDocument::nfc).toList();
            widths = List.copyOf(widths);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(r -> r.stream().map(OfficeDocument::nfc).toList()).toList();
            if (widths.size() != columns.size() || numeric.size() != columns.size()) {
                throw new IllegalArgumentException("one width and one numeric flag per column");
            }
            for (List<String> r : rows) {
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + r.size() + " cells, the table "
                            + columns.size() + " columns");
                }
            }
        }
    }

    private static String nfc(String s) {
        return Texts.nfc(Objects.requireNonNull(s, "text"));
    }
}
