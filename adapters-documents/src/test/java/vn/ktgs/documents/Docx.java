package vn.ktgs.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads a DOCX back with POI. */
final class Docx {

    private Docx() {
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the file as {@code target/documents-docx/<name>.docx}, to open and look at; returns the bytes. */
    static byte[] keep(byte[] docx, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "documents-docx");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".docx"), docx);
            return docx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the text, tables included, as Word's text extractor gives it. */
    static String text(byte[] docx) {
        try (XWPFDocument doc = open(docx); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
