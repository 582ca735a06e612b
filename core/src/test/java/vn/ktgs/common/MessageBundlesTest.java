package vn.ktgs.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code uses, and every label a person reads, exists in Vietnamese and in English. */
class MessageBundlesTest {

    private static final Pattern KEY = Pattern.compile("\"(ktgs\\.[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void everyMessageKeyInTheCodeHasBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (!Messages.hasMessage(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("message keys without a Vietnamese or English message").isEmpty();
    }

    @Test
    void bothMessageBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("/ContributorValidationMessages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/ContributorValidationMessages.properties")
                        .stringPropertyNames());
        assertThat(load("/vn/ktgs/Labels_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/vn/ktgs/Labels.properties").stringPropertyNames());
    }

    @Test
    void bothLanguagesOfAMessageFillTheSamePlaceholders() throws IOException {
        Properties vi = load("/ContributorValidationMessages.properties");
        Properties en = load("/ContributorValidationMessages_en.properties");
        Pattern placeholder = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
        List<String> differ = new ArrayList<>();
        for (String key : vi.stringPropertyNames()) {
            Set<String> a = new TreeSet<>();
            Set<String> b = new TreeSet<>();
            placeholder.matcher(vi.getProperty(key)).results().forEach(r -> a.add(r.group(1)));
            placeholder.matcher(en.getProperty(key, "")).results().forEach(r -> b.add(r.group(1)));
            if (!a.equals(b)) {
                differ.add(key + ": " + a + " / " + b);
            }
        }
        assertThat(vi.stringPropertyNames()).hasSizeGreaterThan(100);
        assertThat(differ).as("messages whose Vietnamese and English texts name different values").isEmpty();
    }

    @Test
    void everyLabelledEnumConstantHasALabelInBothLanguages() throws Exception {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.ktgs");
        Properties vi = load("/vn/ktgs/Labels.properties");
        Properties en = load("/vn/ktgs/Labels_en.properties");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (JavaClass c : classes) {
            if (c.isEnum() && c.isAssignableTo(Labelled.class)) {
                for (Object constant : c.reflect().getEnumConstants()) {
                    String key = c.getSimpleName() + "." + ((Enum<?>) constant).name();
                    checked++;
                    if (!vi.containsKey(key) || !en.containsKey(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(0);
        assertThat(missing).as("labels missing in a language").isEmpty();
    }

    @Test
    void anyLanguageOtherThanEnglishGetsVietnamese() {
        Violation v = Violation.of("code", "ktgs.organisation.code.duplicate", "code", "CB1");
        assertThat(v.message(Locale.FRENCH)).isEqualTo(v.message(Messages.VIETNAMESE))
                .isEqualTo("mã tổ chức CB1 đã được sử dụng");
        assertThat(v.message(Locale.US)).isEqualTo("organisation code CB1 is already in use");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
