package vn.ktgs.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's documents stand on their own: every Markdown file of the repository links only to files inside it
 * that exist (and to headings that exist in them), and names no path that reaches outside it — a user of the
 * project has nothing beyond its root.
 */
class MarkdownLinksTest {

    /** {@code [text](target)} and {@code ![alt](target)}, the target up to a space or the closing parenthesis. */
    private static final Pattern INLINE = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** {@code [label]: target}. */
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    /** A relative path written anywhere, in a link, in code or in prose: {@code ../x}, {@code ../../y}. */
    private static final Pattern UPWARDS = Pattern.compile("(?<![\\w./-])((?:\\.\\./)+[^\\s`)'\"\\]>|,;]*)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```\\s*$");

    @Test
    void everyLinkOfEveryMarkdownFileStaysInsideTheRepositoryAndReachesAFileThatExists() throws IOException {
        Path root = RepositoryRoot.find();
        List<Path> files = markdownFiles(root);
        assertThat(files).as("Markdown files of the repository").hasSizeGreaterThan(10)
                .contains(root.resolve("README.md"), root.resolve("docs/domain.md"));
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (Path f : files) {
            links += check(root, f, problems);
        }
        assertThat(links).as("links checked").isGreaterThan(50);
        assertThat(problems).isEmpty();
    }

    @Test
    void theReadmeLinksTheDomainGuide() throws IOException {
        Path root = RepositoryRoot.find();
        assertThat(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8))
                .contains("(docs/domain.md)").doesNotContain("shared/");
    }

    @Test
    void theCheckFindsALinkOutsideTheRepositoryAMissingFileAndAMissingHeading() throws IOException {
        Path root = Files.createTempDirectory("ktgs-links");
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/guide.md"), "# Guide\n\n## Plan 65-KH/ĐU: the start\n");
        Path readme = root.resolve("README.md");
        Files.writeString(readme, String.join("\n",
                "# Project",
                "See `../shared/DOMAIN.md` for the brief and [the brief](../shared/DOMAIN.md).",
                "[guide](docs/guide.md#plan-65-khđu-the-start) [gone](docs/gone.md) [bad](docs/guide.md#nothing)",
                "[web](https://example.org/x) [self](#project) [up](docs/../../../etc/passwd)", ""));
        List<String> problems = new ArrayList<>();
        int links = check(root, readme, problems);

        assertThat(links).isEqualTo(8);
        assertThat(problems).containsExactlyInAnyOrder(
                "README.md: ../shared/DOMAIN.md reaches outside the repository",
                "README.md: link ../shared/DOMAIN.md reaches outside the repository",
                "README.md: link docs/gone.md names a file that does not exist",
                "README.md: link docs/guide.md#nothing names a heading that docs/guide.md does not have",
                "README.md: link docs/../../../etc/passwd reaches outside the repository");
    }

    private static List<Path> markdownFiles(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            String name = part.toString();
                            if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted().toList();
        }
    }

    /** Adds the problems of {@code file} to {@code problems}; the number of links and upward paths checked. */
    private static int check(Path root, Path file, List<String> problems) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = root.relativize(file).toString().replace('\\', '/');
        Path dir = file.getParent();
        int checked = 0;
        Set<String> upwards = new HashSet<>();
        Matcher up = UPWARDS.matcher(text);
        while (up.find()) {
            String path = up.group(1);
            checked++;
            if (!inside(root, dir.resolve(path)) && upwards.add(path)) {
                problems.add(name + ": " + path + " reaches outside the repository");
            }
        }
        String prose = FENCE.matcher(text).replaceAll("");
        List<String> targets = new ArrayList<>();
        for (Pattern p : List.of(INLINE, REFERENCE)) {
            Matcher m = p.matcher(prose);
            while (m.find()) {
                targets.add(m.group(1));
            }
        }
        for (String target : targets) {
            if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue;   // https:, mailto: …
            }
            checked++;
            int hash = target.indexOf('#');
            String path = hash < 0 ? target : target.substring(0, hash);
            String heading = hash < 0 ? null : target.substring(hash + 1);
            Path resolved = path.isEmpty() ? file : dir.resolve(path).normalize();
            if (path.startsWith("/") || !inside(root, resolved)) {
                problems.add(name + ": link " + target + " reaches outside the repository");
            } else if (!Files.exists(resolved)) {
                problems.add(name + ": link " + target + " names a file that does not exist");
            } else if (heading != null && resolved.toString().endsWith(".md")
                    && !anchors(Files.readString(resolved, StandardCharsets.UTF_8)).contains(heading)) {
                problems.add(name + ": link " + target + " names a heading that "
                        + (path.isEmpty() ? name : path) + " does not have");
            }
        }
        return checked;
    }

    private static boolean inside(Path root, Path p) {
        return p.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
    }

    /** The anchors of a Markdown text as GitHub makes them from its headings, and its explicit {@code <a id>}s. */
    static Set<String> anchors(String markdown) {
        Set<String> out = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher h = HEADING.matcher(FENCE.matcher(markdown).replaceAll(""));
        while (h.find()) {
            String slug = h.group(1).toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                    .replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            out.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        Matcher a = ANCHOR.matcher(markdown);
        while (a.find()) {
            out.add(a.group(1));
        }
        return out;
    }
}
