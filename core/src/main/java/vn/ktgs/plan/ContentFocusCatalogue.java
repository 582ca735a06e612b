package vn.ktgs.plan;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.internal.DataFile;

/**
 * Danh mục nội dung trọng tâm: the controlled list of content focus codes a plan item may name (S3), read from
 * a data file. The library ships a default list ({@code vn/ktgs/plan/content-focus.properties}); a province
 * reads its own with {@link #read(InputStream)}.
 *
 * <p>File format (schema 1): the data-file header, then {@code focus.<CODE>.vi} and {@code focus.<CODE>.en}
 * for every code ({@code CODE} in capitals, digits and underscores). Any other key, a code without both
 * labels, or a file without codes is rejected.
 */
public final class ContentFocusCatalogue {

    private static final String DEFAULT = "content-focus.properties";
    private static final int SCHEMA = 1;
    private static final Pattern KEY = Pattern.compile("focus\\.([A-Z][A-Z0-9_]*)\\.(vi|en)");

    private final String legalReference;
    private final LocalDate effectiveFrom;
    private final Map<String, ContentFocus> entries;

    private ContentFocusCatalogue(DataFile file) {
        this.legalReference = file.header().legalReference();
        this.effectiveFrom = file.header().effectiveFrom();
        TreeSet<String> codes = new TreeSet<>();
        for (String key : file.entries().keySet()) {
            Matcher m = KEY.matcher(key);
            if (m.matches()) {
                codes.add(m.group(1));
            }
        }
        List<Violation> v = new ArrayList<>();
        Map<String, ContentFocus> out = new LinkedHashMap<>();
        for (String code : codes) {
            String vi = label(file, code, "vi", v);
            String en = label(file, code, "en", v);
            if (vi != null && en != null) {
                out.put(code, new ContentFocus(code, vi, en));
            }
        }
        if (codes.isEmpty()) {
            v.add(Violation.of(file.name() + ":focus", "ktgs.data.missingKey"));
        }
        if (!v.isEmpty()) {
            throw new RejectedException(v);
        }
        this.entries = out;
    }

    private static @Nullable String label(DataFile file, String code, String language, List<Violation> v) {
        String key = "focus." + code + "." + language;
        String value = file.entries().get(key);
        if (value == null || value.isBlank()) {
            v.add(Violation.of(file.name() + ":" + key, "ktgs.data.missingKey"));
            return null;
        }
        return value;
    }

    /** The default list shipped with the library (296-QĐ/TW). */
    public static ContentFocusCatalogue defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Reads a catalogue in the format described above.
     *
     * @throws RejectedException naming every problem of the file; nothing is loaded
     */
    public static ContentFocusCatalogue read(InputStream in) {
        return new ContentFocusCatalogue(DataFile.read("content-focus", in, SCHEMA, List.of(KEY)));
    }

    /** The entry of {@code code}, if the catalogue lists it. */
    public Optional<ContentFocus> find(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** Every entry, ordered by code. */
    public List<ContentFocus> all() {
        return List.copyOf(entries.values());
    }

    /** The regulation or decision the list is based on. */
    public String legalReference() {
        return legalReference;
    }

    /** The day the list takes effect. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    private static final class Defaults {
        static final ContentFocusCatalogue INSTANCE = new ContentFocusCatalogue(
                DataFile.resource(ContentFocusCatalogue.class, DEFAULT, SCHEMA, List.of(KEY)));
    }
}
