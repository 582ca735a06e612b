package vn.ktgs.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back with PDFBox: its text per page, its lines with their positions, its fonts, a PNG of page 1. */
final class Pdfs {

    /** One line of text as PDFBox extracted it, with its page (from 1) and the box of its glyphs, in points from the top left. */
    record Line(int page, String text, float left, float right, float top, float bottom, float size) {
    }

    static final float MM = 72f / 25.4f;

    private Pdfs() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, in order, each line as a person reads it (left to right, columns side by side). */
    static List<String> pages(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            List<String> out = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of every page with its position, sorted by position. */
    static List<Line> lines(byte[] pdf) {
        return lines(pdf, true);
    }

    /**
     * Every line of every page with its position: sorted by position, or in the order they were drawn (which keeps
     * the lines of one table cell together).
     */
    static List<Line> lines(byte[] pdf, boolean sorted) {
        List<Line> out = new ArrayList<>();
        try (PDDocument doc = load(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float left = Float.MAX_VALUE;
                    float right = 0;
                    float top = Float.MAX_VALUE;
                    float bottom = 0;
                    float size = 0;
                    for (TextPosition t : positions) {
                        left = Math.min(left, t.getXDirAdj());
                        right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
                        top = Math.min(top, t.getYDirAdj() - t.getHeightDir());
                        bottom = Math.max(bottom, t.getYDirAdj());
                        size = Math.max(size, t.getFontSize());
                    }
                    out.add(new Line(getCurrentPageNo(), text, left, right, top, bottom, size));
                }
            };
            s.setSortByPosition(sorted);
            s.writeText(doc, new StringWriter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The text of the body in the order it was drawn (each table cell whole): every line but the page numbers in the
     * top margin, joined with no whitespace at all, so that a word broken across lines reads whole.
     */
    static String bodyWithoutSpaces(byte[] pdf) {
        StringBuilder out = new StringBuilder();
        for (Line l : lines(pdf, false)) {
            if (!(l.text().matches("\\d+") && l.bottom() < 20 * MM)) {
                out.append(l.text().replaceAll("\\s", ""));
            }
        }
        return out.toString();
    }

    /** The fonts of every page: their names, and whether each one is embedded. */
    static List<PDFont> fonts(byte[] pdf) {
        List<PDFont> out = new ArrayList<>();
        try (PDDocument doc = load(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources r = page.getResources();
                for (COSName n : r.getFontNames()) {
                    out.add(r.getFont(n));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Renders page 1 at 100 dpi to {@code target/documents-png/<name>.png}, to look at. */
    static Path firstPageToPng(byte[] pdf, String name) {
        try (PDDocument doc = load(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            Path dir = Path.of("target", "documents-png");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
