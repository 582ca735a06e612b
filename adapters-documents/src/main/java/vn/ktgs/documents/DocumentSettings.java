package vn.ktgs.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Texts;
import vn.ktgs.documents.DocumentException.Kind;
import vn.ktgs.documents.internal.Labels;

/**
 * Cấu hình văn bản: what a host changes without writing Java — the place name of the date line, the margins and body
 * size (within 36-HD/VPTW), the labels, and its own DOCX templates. {@link #load(Path)} reads them from a folder:
 *
 * <ul>
 *   <li>{@code documents.properties}: {@code place}, {@code margin.top}, {@code margin.bottom}, {@code margin.left},
 *       {@code margin.right} (mm), {@code body.size} (pt); any other key is an error;</li>
 *   <li>{@code labels.properties} and {@code labels_en.properties}: any of the shipped labels, replaced;</li>
 *   <li>{@code template.docx} and {@code template_en.docx}: a DOCX template with placeholders (see the module
 *       README).</li>
 * </ul>
 * Every file is optional and UTF-8.
 */
public final class DocumentSettings {

    /** The keys {@code documents.properties} may hold. */
    public static final Set<String> KEYS = Set.of("place", "margin.top", "margin.bottom", "margin.left",
            "margin.right", "body.size");

    private final String place;
    private final Layout layout;
    private final Labels labels;
    private final byte @Nullable [] template;
    private final byte @Nullable [] templateEn;
    private final String templateName;

    private DocumentSettings(String place, Layout layout, Labels labels, byte @Nullable [] template,
                             byte @Nullable [] templateEn, String templateName) {
        this.place = Texts.nfc(Objects.requireNonNull(place, "place"));
        this.layout = Objects.requireNonNull(layout, "layout");
        this.labels = labels;
        this.template = template;
        this.templateEn = templateEn;
        this.templateName = templateName;
    }

    /** Place "Hà Nội", {@link Layout#defaults()}, the shipped labels, the built-in DOCX layout. */
    public static DocumentSettings defaults() {
        return new DocumentSettings("Hà Nội", Layout.defaults(), Labels.defaults(), null, null, "");
    }

    /**
     * The settings a folder holds (see the class documentation), over the defaults.
     *
     * @throws DocumentException when a file is unreadable, a key unknown or a value out of range
     */
    public static DocumentSettings load(Path folder) {
        Properties main = properties(folder.resolve("documents.properties"));
        Set<String> unknown = new TreeSet<>(main.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw settings(folder.resolve("documents.properties"), "unknown keys " + unknown + "; known: "
                    + new TreeSet<>(KEYS));
        }
        Layout d = Layout.defaults();
        Layout layout;
        try {
            layout = new Layout(number(main, "margin.top", d.marginTop()), number(main, "margin.bottom",
                    d.marginBottom()), number(main, "margin.left", d.marginLeft()),
                    number(main, "margin.right", d.marginRight()), (int) number(main, "body.size", d.bodySize()));
        } catch (IllegalArgumentException e) {
            throw settings(folder.resolve("documents.properties"), e.getMessage());
        }
        Properties vi = properties(folder.resolve("labels.properties"));
        Properties en = properties(folder.resolve("labels_en.properties"));
        for (Properties p : new Properties[] {vi, en}) {
            Set<String> bad = new TreeSet<>(p.stringPropertyNames());
            bad.removeIf(Labels.defaults()::has);
            if (!bad.isEmpty()) {
                throw settings(folder.resolve(p == vi ? "labels.properties" : "labels_en.properties"),
                        "unknown labels " + bad);
            }
        }
        return new DocumentSettings(main.getProperty("place", "Hà Nội"), layout,
                Labels.defaults().overriddenBy(vi, en), bytes(folder.resolve("template.docx")),
                bytes(folder.resolve("template_en.docx")), folder.resolve("template.docx").toString());
    }

    /** The same settings with another place name for the date line. */
    public DocumentSettings withPlace(String newPlace) {
        return new DocumentSettings(newPlace, layout, labels, template, templateEn, templateName);
    }

    /** The same settings with another layout. */
    public DocumentSettings withLayout(Layout newLayout) {
        return new DocumentSettings(place, newLayout, labels, template, templateEn, templateName);
    }

    /**
     * The same settings with a DOCX template for both languages, named {@code name} in error messages. It is
     * checked when a document is rendered with it.
     */
    public DocumentSettings withTemplate(String name, byte[] docx) {
        return new DocumentSettings(place, layout, labels, docx.clone(), docx.clone(), name);
    }

    public String place() {
        return place;
    }

    public Layout layout() {
        return layout;
    }

    /** The labels (shipped, with the host's overrides); not API. */
    public Labels labels() {
        return labels;
    }

    /** The host's DOCX template for the language, if any. */
    public Optional<byte[]> template(Locale locale) {
        byte[] t = Labels.english(locale) && templateEn != null ? templateEn : template;
        return Optional.ofNullable(t).map(b -> Arrays.copyOf(b, b.length));
    }

    /** The name of the template in error messages. */
    public String templateName() {
        return templateName;
    }

    private static Properties properties(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Labels.read(in);
        } catch (NoSuchFileException e) {
            return new Properties();
        } catch (IOException e) {
            throw settings(file, e.toString());
        }
    }

    private static byte @Nullable [] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw settings(file, e.toString());
        }
    }

    private static double number(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + v);
        }
    }

    private static DocumentException settings(Path file, @Nullable String problem) {
        return new DocumentException(Kind.BAD_TEMPLATE, "error.settings",
                Map.of("file", file.toString(), "problem", String.valueOf(problem)));
    }
}
