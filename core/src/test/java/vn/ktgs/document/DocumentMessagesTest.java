package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.Messages;

/** Every message key the package's sources name has a message in Vietnamese and in English. */
class DocumentMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(ktgs\\.[A-Za-z.]+)\"");

    @Test
    void everyRuleOfThePackageHasAMessageInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/ktgs/document"))) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }

        assertThat(keys).contains("ktgs.document.number.malformed", "ktgs.dissemination.attendee.notMember");
        assertThat(keys).allMatch(Messages::hasMessage, "has a message in both bundles");
    }
}
