package vn.ktgs.documents;

import java.util.Locale;
import java.util.Optional;

/** Định dạng tệp: the formats the documents and their figures are written in. */
public enum FileFormat {
    /** Word (Office Open XML): what Vietnamese offices exchange and edit. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** PDF/A-2u, every font embedded: to print and archive. */
    PDF("application/pdf", "pdf"),
    /** Excel workbook (Office Open XML) of the figures. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** The figures as comma-separated values, UTF-8 with a byte order mark (so that Excel reads the diacritics). */
    CSV("text/csv; charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    FileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type, for example {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether this is a format of a document (DOCX, PDF) rather than of a table of figures. */
    public boolean isDocument() {
        return this == DOCX || this == PDF;
    }

    /** The format of an extension or name ({@code pdf}, {@code DOCX}), if any. */
    public static Optional<FileFormat> of(String name) {
        for (FileFormat f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
