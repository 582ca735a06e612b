package vn.ktgs.documents.internal;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import vn.ktgs.documents.DocumentSettings;
import vn.ktgs.documents.Layout;
import vn.ktgs.documents.OfficeDocument;
import vn.ktgs.documents.OfficeDocument.Block;
import vn.ktgs.documents.OfficeDocument.Heading;
import vn.ktgs.documents.OfficeDocument.Paragraph;
import vn.ktgs.documents.OfficeDocument.Table;

/**
 * Writes a document as PDF/A-2u with openhtmltopdf (on PDFBox): the document is laid out as XHTML with a print
 * style sheet — A4 and the settings' margins, Liberation Serif embedded (subset), table headers repeated on every
 * page ({@code -fs-table-paginate}), rows never split ({@code page-break-inside: avoid}), long words broken, page
 * numbers at the top centre from page 2 (36-HD/VPTW).
 */
public final class PdfWriter {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final Layout layout;

    public PdfWriter(DocumentSettings settings) {
        this.layout = settings.layout();
    }

    public void write(OfficeDocument document, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> new ByteArrayInputStream(Fonts.REGULAR), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Fonts.ITALIC), Fonts.FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD_ITALIC), Fonts.FAMILY, 700, FontStyle.ITALIC,
                true);
        builder.useUnicodeLineBreaker(new LineBreaker());
        builder.withHtmlContent(html(document), null);
        builder.toStream(out);
        builder.run();
    }

    /**
     * Line breaks by the JDK's rules (UAX #14) for Vietnamese: openhtmltopdf's default breaker also breaks after a
     * slash (for URLs), which split dates such as 10/01/2026 across lines.
     */
    private static final class LineBreaker implements FSTextBreaker {
        private final BreakIterator iterator = BreakIterator.getLineInstance(Locale.forLanguageTag("vi"));

        @Override
        public int next() {
            return iterator.next();
        }

        @Override
        public void setText(String text) {
            iterator.setText(text);
        }
    }

    /** The document as XHTML; package-visible for tests. */
    String html(OfficeDocument d) {
        StringBuilder h = new StringBuilder(16 * 1024);
        String lang = "en".equals(d.locale().getLanguage()) ? "en" : "vi";
        h.append("<html lang=\"").append(lang).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(plain(d.type() + " " + d.header().number() + " — " + d.summary())).append("</title><style>")
                .append(css()).append("</style></head><body>");
        OfficeDocument.Header hd = d.header();
        h.append("<table class=\"head\"><tr><td class=\"left\">");
        if (!hd.superior().isEmpty()) {
            h.append("<div class=\"superior\">").append(esc(hd.superior())).append("</div>");
        }
        h.append("<div class=\"issuer\">").append(esc(hd.issuer())).append("</div>")
                .append("<div class=\"star\">").append(esc(hd.star())).append("</div>")
                .append("</td><td class=\"right\"><div class=\"party\">").append(esc(hd.party())).append("</div>")
                .append("</td></tr><tr><td class=\"left\"><div class=\"number\">").append(esc(hd.number()))
                .append("</div>");
        if (!hd.confidential().isEmpty()) {
            h.append("<div class=\"secret\"><span>").append(esc(hd.confidential())).append("</span></div>");
        }
        h.append("</td><td class=\"right\"><div class=\"date\">").append(esc(hd.dateLine()))
                .append("</div></td></tr></table>");
        h.append("<div class=\"type\">").append(esc(d.type())).append("</div>");
        h.append("<div class=\"summary\">").append(esc(d.summary())).append("</div>");
        h.append("<div class=\"rule\">").append("</div>");
        for (Block b : d.body()) {
            block(h, b);
        }
        OfficeDocument.Closing c = d.closing();
        h.append("<table class=\"closing\"><tr><td class=\"to\"><div class=\"tolabel\">")
                .append(esc(c.recipientsLabel())).append("</div>");
        for (String r : c.recipients()) {
            h.append("<div class=\"recipient\">").append(esc(r)).append("</div>");
        }
        h.append("</td><td class=\"sign\"><div class=\"b\">").append(esc(c.onBehalf())).append("</div><div class=\"b\">")
                .append(esc(c.signerTitle())).append("</div><div class=\"space\"></div><div class=\"b\">")
                .append(esc(c.signer())).append("</div></td></tr></table>");
        h.append("</body></html>");
        return h.toString();
    }

    private static void block(StringBuilder h, Block b) {
        if (b instanceof Heading x) {
            h.append("<h2>").append(esc(x.text())).append("</h2>");
        } else if (b instanceof Paragraph p) {
            h.append("<p class=\"").append(p.style().name().toLowerCase(Locale.ROOT))
                    .append(p.confidential() ? " confidential" : "").append("\">").append(esc(p.text())).append("</p>");
        } else if (b instanceof Table t) {
            table(h, t);
        }
    }

    private static void table(StringBuilder h, Table t) {
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        h.append("<table class=\"data\"><colgroup>");
        for (int w : t.widths()) {
            h.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.2f", 100.0 * w / total))
                    .append("%\"/>");
        }
        h.append("</colgroup><thead><tr>");
        for (String c : t.columns()) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        List<Boolean> numeric = t.numeric();
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(numeric.get(i) ? "<td class=\"n\">" : "<td>").append(esc(row.get(i))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private String css() {
        return String.format(Locale.ROOT, """
                @page { size: A4; margin: %.1fmm %.1fmm %.1fmm %.1fmm;
                  @top-center { content: counter(page); font-family: '%s'; font-size: 14pt; } }
                @page :first { @top-center { content: none; } }
                body { font-family: '%s'; font-size: %dpt; line-height: 1.2; margin: 0; }
                table.head { width: 99.5%%; border-collapse: collapse; margin-bottom: 6pt; }
                table.head td { vertical-align: top; text-align: center; padding: 0; }
                td.right { width: 1%%; white-space: nowrap; padding-left: 8pt; }
                .superior { font-size: 14pt; } .issuer { font-size: 14pt; font-weight: bold; }
                .star, .number { font-size: 14pt; }
                .secret { margin-top: 4pt; font-size: 13pt; font-weight: bold; }
                .secret span { border: 1pt solid black; padding: 1pt 6pt; }
                .party { font-size: 15pt; font-weight: bold; text-decoration: underline; }
                .date { font-size: 14pt; font-style: italic; }
                .type { text-align: center; font-size: 15pt; font-weight: bold; margin-top: 12pt; }
                .summary { text-align: center; font-size: 14pt; font-weight: bold; }
                .rule { width: 30%%; margin: 2pt auto 10pt auto; border-bottom: 0.75pt solid black; }
                h2 { font-size: %dpt; font-weight: bold; margin: 8pt 0 4pt 0; page-break-after: avoid; }
                p { text-align: justify; text-indent: 10mm; margin: 0 0 5pt 0; word-wrap: break-word; }
                p.italic { font-style: italic; } p.bold { font-weight: bold; text-indent: 0; page-break-after: avoid; }
                table.data { width: 99.5%%; border-collapse: collapse; table-layout: fixed; font-size: 12pt;
                  -fs-table-paginate: paginate; -fs-border-rendering: no-bevel; margin: 4pt 0 8pt 0; }
                table.data thead { display: table-header-group; }
                table.data tr { page-break-inside: avoid; }
                table.data th { font-weight: bold; text-align: center; }
                table.data th, table.data td { border: 0.5pt solid black; padding: 2pt 3pt; vertical-align: top;
                  word-wrap: break-word; }
                table.data td.n { text-align: center; }
                table.closing { width: 99.5%%; border-collapse: collapse; margin-top: 14pt; page-break-inside: avoid; }
                table.closing td { vertical-align: top; padding: 0; }
                td.to { width: 50%%; } td.sign { width: 50%%; text-align: center; font-size: 14pt; }
                .tolabel { font-size: 12pt; font-weight: bold; font-style: italic; }
                .recipient { font-size: 11pt; }
                .b { font-weight: bold; } .space { height: 60pt; }
                """, layout.marginTop(), layout.marginRight(), layout.marginBottom(), layout.marginLeft(),
                Fonts.FAMILY, Fonts.FAMILY, layout.bodySize(), layout.bodySize());
    }

    /** XML text: markup escaped, control characters dropped, line breaks kept as {@code <br/>}. */
    static String esc(String s) {
        return plain(s);
    }

    private static String plain(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("<br/>");
                default -> {
                    if (!Character.isISOControl(cp) && Character.getType(cp) != Character.SURROGATE) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
