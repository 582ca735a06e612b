package vn.ktgs.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root, found from the module's directory (where the build runs the tests): the directory of the parent pom, the one that lists the modules. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom)) {
                    String text = Files.readString(pom, StandardCharsets.UTF_8);
                    if (text.contains("<artifactId>ktgs-parent</artifactId>") && text.contains("<modules>")) {
                        return p;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no ktgs-parent pom.xml above " + dir);
    }
}
