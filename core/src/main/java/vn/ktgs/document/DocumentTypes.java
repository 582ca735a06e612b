package vn.ktgs.document;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Texts;
import vn.ktgs.common.Violation;
import vn.ktgs.internal.DataFile;

/**
 * Danh mục loại văn bản: the catalogue of Party document types a document number may name, read from a data
 * file. The library ships {@code vn/ktgs/document/document-types.properties} (after Hướng dẫn 36-HD/VPTW);
 * a host may supply its own with {@link #read(InputStream)}.
 *
 * <p>The file is UTF-8 {@code .properties} with the header {@code schemaVersion=1}, {@code legalReference},
 * {@code effectiveFrom} and, for each type, {@code type.<ABBREVIATION>.vi} and {@code type.<ABBREVIATION>.en}.
 * Reading is strict: any other key, or a type missing one of its names, rejects the whole file.
 */
public final class DocumentTypes {

    /** The schema version of the document types file this code reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final String RESOURCE = "document-types.properties";
    private static final Pattern KEY = Pattern.compile("type\\.(" + DocumentType.ABBREVIATION.pattern()
            + ")\\.(vi|en)");

    private final String legalReference;
    private final LocalDate effectiveFrom;
    private final Map<String, DocumentType> types;

    private DocumentTypes(String legalReference, LocalDate effectiveFrom, Map<String, DocumentType> types) {
        this.legalReference = legalReference;
        this.effectiveFrom = effectiveFrom;
        this.types = types;
    }

    /** The catalogue the library ships, read once. */
    public static DocumentTypes defaults() {
        return Defaults.TYPES;
    }

    /**
     * Reads a catalogue from a document types file.
     *
     * @param in the file's bytes (UTF-8); closed when read
     * @throws RejectedException naming every problem of the file; nothing is loaded
     */
    public static DocumentTypes read(InputStream in) {
        return of(DataFile.read(RESOURCE, in, SCHEMA_VERSION, List.of(KEY)));
    }

    private static DocumentTypes of(DataFile file) {
        String name = file.name();
        Map<String, Map<String, String>> names = new TreeMap<>();
        for (Map.Entry<String, String> e : file.entries().entrySet()) {
            Matcher m = KEY.matcher(e.getKey());
            if (m.matches()) {
                names.computeIfAbsent(Texts.nfc(m.group(1)), k -> new TreeMap<>()).put(m.group(2), e.getValue());
            }
        }
        List<Violation> v = new ArrayList<>();
        Map<String, DocumentType> types = new TreeMap<>();
        for (Map.Entry<String, Map<String, String>> e : names.entrySet()) {
            String vi = e.getValue().getOrDefault("vi", "");
            String en = e.getValue().getOrDefault("en", "");
            if (vi.isEmpty() || en.isEmpty()) {
                v.add(Violation.of(name + ":type." + e.getKey(), "ktgs.document.type.incomplete",
                        "type", e.getKey()));
            } else {
                types.put(e.getKey(), new DocumentType(e.getKey(), vi, en));
            }
        }
        if (types.isEmpty() && v.isEmpty()) {
            v.add(Violation.of(name, "ktgs.document.type.none"));
        }
        if (!v.isEmpty()) {
            throw new RejectedException(v);
        }
        return new DocumentTypes(file.header().legalReference(), file.header().effectiveFrom(),
                Collections.unmodifiableMap(types));
    }

    /** The type with this abbreviation (case-sensitive, any Unicode normalisation form). */
    public Optional<DocumentType> find(String abbreviation) {
        return Optional.ofNullable(types.get(Texts.nfc(Objects.requireNonNull(abbreviation, "abbreviation"))));
    }

    /** Every type, ordered by abbreviation. */
    public List<DocumentType> all() {
        return List.copyOf(types.values());
    }

    /** The regulation the catalogue follows. */
    public String legalReference() {
        return legalReference;
    }

    /** The day from which the catalogue applies. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** Holds the shipped catalogue, read on first use. */
    private static final class Defaults {
        static final DocumentTypes TYPES =
                of(DataFile.resource(DocumentTypes.class, RESOURCE, SCHEMA_VERSION, List.of(KEY)));
    }
}
