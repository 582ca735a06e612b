package vn.ktgs.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.ktgs.documents.DocumentException;
import vn.ktgs.documents.DocumentException.Kind;
import vn.ktgs.documents.DocumentSettings;
import vn.ktgs.documents.Layout;
import vn.ktgs.documents.OfficeDocument;
import vn.ktgs.documents.OfficeDocument.Block;
import vn.ktgs.documents.OfficeDocument.Heading;
import vn.ktgs.documents.OfficeDocument.Paragraph;
import vn.ktgs.documents.OfficeDocument.Style;
import vn.ktgs.documents.OfficeDocument.Table;

/**
 * Writes a document as DOCX with Apache POI: either laid out here (A4, the settings' margins, Times New Roman, the
 * 36-HD/VPTW header and signature blocks as borderless tables, data tables whose header row repeats and whose rows
 * cannot split), or filled into the host's template, whose placeholders {@code ${name}} are replaced (see
 * {@link #PLACEHOLDERS}) and whose {@code ${body}} paragraph gives way to the body.
 */
public final class DocxWriter {

    /** Every placeholder a template may hold. */
    public static final Set<String> PLACEHOLDERS = Set.of("party", "superior", "issuer", "star", "number",
            "dateLine", "confidential", "type", "summary", "body", "recipientsLabel", "recipients", "onBehalf",
            "signerTitle", "signer");
    /** The placeholders a template must hold. */
    public static final Set<String> REQUIRED = Set.of("number", "dateLine", "type", "summary", "body", "signer");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
    private static final int TWIPS_PER_MM_X100 = 5669; // 1440 / 25.4 = 56.69 twips per millimetre

    private final DocumentSettings settings;
    private final Layout layout;

    public DocxWriter(DocumentSettings settings) {
        this.settings = settings;
        this.layout = settings.layout();
    }

    public void write(OfficeDocument d, OutputStream out) throws IOException {
        Optional<byte[]> template = settings.template(d.locale());
        try (XWPFDocument doc = template.isPresent() ? fromTemplate(template.get(), d) : laidOut(d)) {
            doc.getProperties().getCoreProperties().setTitle(d.type() + " " + d.header().number());
            doc.write(out);
        }
    }

    // ---------------------------------------------------------------- built-in layout

    private XWPFDocument laidOut(OfficeDocument d) {
        XWPFDocument doc = new XWPFDocument();
        CTBody body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(twips(layout.marginTop()));
        mar.setBottom(twips(layout.marginBottom()));
        mar.setLeft(twips(layout.marginLeft()));
        mar.setRight(twips(layout.marginRight()));
        mar.setHeader(twips(10));
        mar.setFooter(twips(10));

        OfficeDocument.Header h = d.header();
        XWPFTable head = doc.createTable(2, 2);
        borderless(head);
        int width = contentWidth(doc);
        columns(head, new int[] {width * 52 / 100, width - width * 52 / 100});
        XWPFTableCell left = head.getRow(0).getCell(0);
        XWPFParagraph p = left.getParagraphs().get(0);
        if (!h.superior().isEmpty()) {
            run(centred(p), h.superior(), 14, false, false, false);
            p = left.addParagraph();
        }
        run(centred(p), h.issuer(), 14, true, false, false);
        run(centred(left.addParagraph()), h.star(), 14, false, false, false);
        XWPFRun pr = run(centred(head.getRow(0).getCell(1).getParagraphs().get(0)), h.party(), 15, true, false,
                false);
        pr.setUnderline(UnderlinePatterns.SINGLE);
        XWPFTableCell number = head.getRow(1).getCell(0);
        run(centred(number.getParagraphs().get(0)), h.number(), 14, false, false, false);
        if (!h.confidential().isEmpty()) {
            run(centred(number.addParagraph()), h.confidential(), 13, true, false, false);
        }
        run(centred(head.getRow(1).getCell(1).getParagraphs().get(0)), h.dateLine(), 14, false, true, false);

        XWPFParagraph type = centred(doc.createParagraph());
        type.setSpacingBefore(240);
        run(type, d.type(), 15, true, false, false);
        XWPFParagraph summary = centred(doc.createParagraph());
        summary.setSpacingAfter(240);
        run(summary, d.summary(), 14, true, false, false);

        for (Block b : d.body()) {
            block(b, doc::createParagraph, doc::createTable, width);
        }
        doc.createParagraph().setSpacingBefore(240);
        XWPFTable closing = doc.createTable(1, 2);
        closing(closing, d.closing());
        columns(closing, new int[] {width / 2, width - width / 2});
        return doc;
    }

    private void closing(XWPFTable t, OfficeDocument.Closing c) {
        borderless(t);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        t.getRow(0).setCantSplitRow(true);
        run(left.getParagraphs().get(0), c.recipientsLabel(), 12, true, true, false);
        for (String r : c.recipients()) {
            run(left.addParagraph(), r, 11, false, false, false);
        }
        run(centred(right.getParagraphs().get(0)), c.onBehalf(), 14, true, false, false);
        run(centred(right.addParagraph()), c.signerTitle(), 14, true, false, false);
        XWPFParagraph space = right.addParagraph();
        space.setSpacingBefore(1200);
        run(centred(right.addParagraph()), c.signer(), 14, true, false, false);
    }

    // ---------------------------------------------------------------- body blocks

    private interface Paragraphs {
        XWPFParagraph next();
    }

    private interface Tables {
        XWPFTable next();
    }

    private void block(Block b, Paragraphs paragraphs, Tables tables, int width) {
        if (b instanceof Heading x) {
            XWPFParagraph p = paragraphs.next();
            p.setSpacingBefore(160);
            p.setSpacingAfter(80);
            p.setKeepNext(true);
            run(p, x.text(), layout.bodySize(), true, false, false);
        } else if (b instanceof Paragraph x) {
            XWPFParagraph p = paragraphs.next();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setSpacingAfter(100);
            if (x.style() == Style.BOLD) {
                p.setKeepNext(true);
            } else {
                p.setIndentationFirstLine(567);
            }
            run(p, x.text(), layout.bodySize(), x.style() == Style.BOLD, x.style() == Style.ITALIC, false);
        } else if (b instanceof Table x) {
            table(tables.next(), x, width);
            // a table directly after a table would merge with it in Word: keep them apart
            paragraphs.next().setSpacingAfter(0);
        }
    }

    private void table(XWPFTable t, Table x, int width) {
        int total = x.widths().stream().mapToInt(Integer::intValue).sum();
        XWPFTableRow head = t.getRow(0) == null ? t.createRow() : t.getRow(0);
        fill(head, x.columns(), x, total, true);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (List<String> r : x.rows()) {
            XWPFTableRow row = t.createRow();
            fill(row, r, x, total, false);
            row.setCantSplitRow(true);
        }
        int[] twips = new int[x.widths().size()];
        for (int i = 0; i < twips.length; i++) {
            twips[i] = width * x.widths().get(i) / total;
        }
        columns(t, twips);
    }

    /** Fixed column widths in twips: the grid, every cell, and the table's width, so that Word and LibreOffice agree. */
    private static void columns(XWPFTable t, int[] twips) {
        CTTbl ct = t.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        t.setWidth(Integer.toString(java.util.Arrays.stream(twips).sum()));
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int i = 0; i < twips.length && i < row.getTableCells().size(); i++) {
                row.getCell(i).setWidth(Integer.toString(twips[i]));
            }
        }
    }

    /** The width between the margins, in twips: from the document's section, else from the layout. */
    private int contentWidth(XWPFDocument doc) {
        CTBody body = doc.getDocument().getBody();
        if (body.isSetSectPr() && body.getSectPr().isSetPgSz() && body.getSectPr().isSetPgMar()) {
            CTSectPr sect = body.getSectPr();
            long page = ((BigInteger) sect.getPgSz().getW()).longValue();
            long left = ((BigInteger) sect.getPgMar().getLeft()).longValue();
            long right = ((BigInteger) sect.getPgMar().getRight()).longValue();
            if (page > left + right) {
                return (int) (page - left - right);
            }
        }
        return twips(Layout.A4_WIDTH - layout.marginLeft() - layout.marginRight()).intValue();
    }

    private void fill(XWPFTableRow row, List<String> cells, Table x, int total, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
            XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
            if (header || x.numeric().get(i)) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            run(p, cells.get(i), 12, header, false, false);
        }
    }

    // ---------------------------------------------------------------- host template

    private XWPFDocument fromTemplate(byte[] bytes, OfficeDocument d) {
        String name = settings.templateName();
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Kind.BAD_TEMPLATE, "error.templateUnreadable", Map.of("template", name,
                    "cause", String.valueOf(e.getMessage())), e);
        }
        try {
            Map<String, String> values = values(d);
            List<XWPFParagraph> all = new ArrayList<>();
            collect(doc, all);
            for (XWPFHeader h : doc.getHeaderList()) {
                collect(h, all);
            }
            for (XWPFFooter f : doc.getFooterList()) {
                collect(f, all);
            }
            Set<String> found = new TreeSet<>();
            Set<String> unknown = new TreeSet<>();
            for (XWPFParagraph p : all) {
                Matcher m = PLACEHOLDER.matcher(p.getText());
                while (m.find()) {
                    (PLACEHOLDERS.contains(m.group(1)) ? found : unknown).add(m.group(1));
                }
            }
            if (!unknown.isEmpty()) {
                throw new DocumentException(Kind.BAD_TEMPLATE, "error.templateUnknown", Map.of("template", name,
                        "unknown", String.join(", ", unknown.stream().map(u -> "${" + u + "}").toList())));
            }
            Set<String> missing = new TreeSet<>(REQUIRED);
            missing.removeAll(found);
            if (!missing.isEmpty()) {
                throw new DocumentException(Kind.BAD_TEMPLATE, "error.templateMissing", Map.of("template", name,
                        "missing", String.join(", ", missing.stream().map(u -> "${" + u + "}").toList())));
            }
            XWPFParagraph bodyAt = null;
            for (XWPFParagraph p : all) {
                String text = p.getText();
                if (text.contains("${body}")) {
                    if (!text.strip().equals("${body}") || p.getBody() != doc) {
                        throw new DocumentException(Kind.BAD_TEMPLATE, "error.templateBody", Map.of("template",
                                name));
                    }
                    bodyAt = p;
                } else if (PLACEHOLDER.matcher(text).find()) {
                    replace(p, values);
                }
            }
            XWPFParagraph at = java.util.Objects.requireNonNull(bodyAt);
            int width = contentWidth(doc);
            for (Block b : d.body()) {
                block(b, () -> doc.insertNewParagraph(cursor(at)), () -> doc.insertNewTbl(cursor(at)), width);
            }
            doc.removeBodyElement(doc.getPosOfParagraph(at));
            return doc;
        } catch (RuntimeException e) {
            try {
                doc.close();
            } catch (IOException ignored) {
                // closing an in-memory document
            }
            throw e;
        }
    }

    private static XmlCursor cursor(XWPFParagraph p) {
        return p.getCTP().newCursor();
    }

    private static void collect(IBody body, List<XWPFParagraph> out) {
        for (IBodyElement e : body.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        collect(c, out);
                    }
                }
            }
        }
    }

    /**
     * Replaces the placeholders of a paragraph; its text goes into its first run (keeping that run's formatting),
     * the other runs are removed, since Word often splits a placeholder across runs.
     */
    private static void replace(XWPFParagraph p, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(p.getText());
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(text, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(text);
        List<XWPFRun> runs = p.getRuns();
        XWPFRun first = runs.get(0);
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        first.setText("", 0);
        String[] lines = text.toString().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                first.addBreak();
            }
            if (i == 0) {
                first.setText(lines[i], 0);
            } else {
                first.setText(lines[i]);
            }
        }
    }

    private static Map<String, String> values(OfficeDocument d) {
        OfficeDocument.Header h = d.header();
        OfficeDocument.Closing c = d.closing();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("party", h.party());
        v.put("superior", h.superior());
        v.put("issuer", h.issuer());
        v.put("star", h.star());
        v.put("number", h.number());
        v.put("dateLine", h.dateLine());
        v.put("confidential", h.confidential());
        v.put("type", d.type());
        v.put("summary", d.summary());
        v.put("recipientsLabel", c.recipientsLabel());
        v.put("recipients", String.join("\n", c.recipients()));
        v.put("onBehalf", c.onBehalf());
        v.put("signerTitle", c.signerTitle());
        v.put("signer", c.signer());
        return v;
    }

    // ---------------------------------------------------------------- helpers

    private static XWPFParagraph centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    /** A run in Times New Roman; each {@code \n} becomes a line break. */
    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic,
                       boolean underline) {
        XWPFRun r = p.createRun();
        r.setFontFamily(Fonts.DOCX_FAMILY);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        if (underline) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            if (i == 0) {
                r.setText(lines[i], 0);
            } else {
                r.setText(lines[i]);
            }
        }
        return r;
    }

    private static void borderless(XWPFTable t) {
        t.removeBorders();
        t.removeInsideHBorder();
        t.removeInsideVBorder();
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM_X100 / 100.0));
    }
}
