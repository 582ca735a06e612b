package vn.ktgs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import vn.ktgs.common.RejectedException;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetReader;
import vn.ktgs.json.DatasetWriter;
import vn.ktgs.json.JsonCriteriaSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code EmbeddingExample} as a named module of its own, compiled against {@code ktgs-core}'s jar and run on the
 * module path (with Hibernate Validator and its dependencies) in a new JVM: {@code vn.ktgs.core} is a real module
 * (its own {@code module-info}, not an automatic one) that exports the API and not {@code vn.ktgs.internal}, and the
 * example prints the same two violations as on the class path.
 */
class EmbeddingOnModulePathTest {

    /** The jars of the module path: core, its three dependencies, the validator and what it needs. */
    private static final List<String> JARS = List.of("ktgs-core", "jakarta.validation-api", "slf4j-api",
            "slf4j-simple", "jspecify", "hibernate-validator", "jboss-logging", "classmate", "expressly",
            "jakarta.el-api");

    /** What the JSON adapter adds: itself, Jackson and the JSON Schema validator (with its date-time library). */
    private static final List<String> JSON_JARS = List.of("ktgs-adapters-json", "jackson-databind",
            "jackson-core", "jackson-annotations", "jackson-datatype-jsr310", "json-schema-validator", "itu");

    private static List<Path> modulePath() {
        return modulePath(JARS);
    }

    /**
     * The entries of this test's class path that are one of {@code jars} (a KTGS module also as its reactor
     * {@code target/classes}), never a tests jar.
     */
    private static List<Path> modulePath(List<String> jars) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> out = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            String unix = entry.replace('\\', '/');
            boolean ours = jars.stream().filter(j -> j.startsWith("ktgs-"))
                    .anyMatch(j -> unix.endsWith(j.substring("ktgs-".length()) + "/target/classes")
                            || name.startsWith(j + "-0") || name.startsWith(j + "-1"));
            boolean theirs = name.endsWith(".jar") && jars.stream().filter(j -> !j.startsWith("ktgs-"))
                    .anyMatch(j -> name.startsWith(j + "-") && Character.isDigit(name.charAt(j.length() + 1)));
            if ((ours || theirs) && !name.contains("tests")) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void theEmbeddingExampleRunsOnTheModulePath(@TempDir Path dir) throws Exception {
        List<Path> modules = modulePath();
        assertThat(modules).hasSize(JARS.size());

        ModuleDescriptor core = ModuleFinder.of(modules.toArray(Path[]::new)).find("vn.ktgs.core").orElseThrow()
                .descriptor();
        assertThat(core.isAutomatic()).as("core has a module-info").isFalse();
        Set<String> exported = core.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertThat(exported).contains("vn.ktgs", "vn.ktgs.organisation", "vn.ktgs.plan", "vn.ktgs.scoring")
                .doesNotContain("vn.ktgs.internal");

        Path src = dir.resolve("src");
        Path pkg = Files.createDirectories(src.resolve("vn/ktgs/examples"));
        Files.copy(Path.of("src/main/java/vn/ktgs/examples/EmbeddingExample.java"),
                pkg.resolve("EmbeddingExample.java"));
        Files.writeString(src.resolve("module-info.java"), """
                module vn.ktgs.examples.embedding {
                    requires vn.ktgs.core;
                    exports vn.ktgs.examples;
                }
                """, StandardCharsets.UTF_8);
        Path classes = dir.resolve("classes");
        String modulePath = modules.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-encoding", "UTF-8", "-d", classes.toString(),
                "--module-path", modulePath, src.resolve("module-info.java").toString(),
                pkg.resolve("EmbeddingExample.java").toString());
        assertThat(compiled).as("javac on the module path").isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "--module-path", classes + File.pathSeparator + modulePath,
                "--add-modules", "ALL-MODULE-PATH",
                "-m", "vn.ktgs.examples.embedding/vn.ktgs.examples.EmbeddingExample")
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(l -> l.startsWith("items[")).toList()).as(output)
                .containsExactlyInAnyOrderElementsOf(EmbeddingExample.run());
        assertThat(output).contains("items[0].targets: phải xác định ít nhất một đối tượng kiểm tra, giám sát");
    }

    /**
     * A program of its own module reads the shipped seed dataset, writes it again and reads the shipped criteria set
     * with only the JSON adapter, core and their dependencies on the module path: the adapter is a real module, and
     * what it opens is enough for Jackson to bind a file's records and for the schema to be found in its jar.
     */
    @Test
    void theJsonAdapterRunsOnTheModulePath(@TempDir Path dir) throws Exception {
        List<String> jars = new ArrayList<>(JARS);
        jars.addAll(JSON_JARS);
        List<Path> modules = modulePath(jars);
        assertThat(modules).as("%s", modules).hasSize(jars.size());
        ModuleDescriptor json = ModuleFinder.of(modules.toArray(Path[]::new)).find("vn.ktgs.json").orElseThrow()
                .descriptor();
        assertThat(json.isAutomatic()).as("the JSON adapter has a module-info").isFalse();
        assertThat(json.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("vn.ktgs.json");

        Path src = dir.resolve("src");
        Path pkg = Files.createDirectories(src.resolve("vn/ktgs/examples/json"));
        Files.writeString(src.resolve("module-info.java"), """
                module vn.ktgs.examples.json {
                    requires vn.ktgs.json;
                }
                """, StandardCharsets.UTF_8);
        Files.writeString(pkg.resolve("ReadOnModulePath.java"), """
                package vn.ktgs.examples.json;

                import java.io.ByteArrayInputStream;
                import java.io.InputStream;
                import java.nio.charset.StandardCharsets;
                import java.nio.file.Files;
                import java.nio.file.Path;
                import vn.ktgs.common.RejectedException;
                import vn.ktgs.json.Dataset;
                import vn.ktgs.json.DatasetReader;
                import vn.ktgs.json.DatasetWriter;
                import vn.ktgs.json.JsonCriteriaSets;

                public final class ReadOnModulePath {
                    public static void main(String[] args) throws Exception {
                        Dataset d;
                        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                            d = DatasetReader.read(in);
                        }
                        Files.writeString(Path.of(args[1]), DatasetWriter.toJson(d), StandardCharsets.UTF_8);
                        System.out.println("criteria " + JsonCriteriaSets.shippedDefault().criteria().size());
                        try {
                            DatasetReader.read(new ByteArrayInputStream(
                                    "{\\"schemaVersion\\": 1, \\"year\\": \\"2025\\"}".getBytes(StandardCharsets.UTF_8)));
                        } catch (RejectedException e) {
                            e.violations().forEach(v -> System.out.println("refused " + v.path() + " " + v.rule()));
                        }
                    }
                }
                """, StandardCharsets.UTF_8);
        Path classes = dir.resolve("classes");
        String modulePath = modules.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-encoding", "UTF-8", "-d", classes.toString(),
                "--module-path", modulePath, src.resolve("module-info.java").toString(),
                pkg.resolve("ReadOnModulePath.java").toString());
        assertThat(compiled).as("javac on the module path").isZero();

        Path seed = Path.of("src/main/resources/datasets/seed-2025.json");
        Path written = dir.resolve("written.json");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "--module-path", classes + File.pathSeparator + modulePath,
                "--add-modules", "ALL-MODULE-PATH",
                "-m", "vn.ktgs.examples.json/vn.ktgs.examples.json.ReadOnModulePath", seed.toString(),
                written.toString())
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();

        // the same answers as on the class path, in this JVM
        Dataset onClassPath;
        try (var in = Files.newInputStream(seed)) {
            onClassPath = DatasetReader.read(in);
        }
        assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo(DatasetWriter.toJson(onClassPath));
        assertThat(output).contains("criteria " + JsonCriteriaSets.shippedDefault().criteria().size());
        List<String> refused = new ArrayList<>();
        try {
            DatasetReader.read(new java.io.ByteArrayInputStream(
                    "{\"schemaVersion\": 1, \"year\": \"2025\"}".getBytes(StandardCharsets.UTF_8)));
        } catch (RejectedException e) {
            e.violations().forEach(v -> refused.add("refused " + v.path() + " " + v.rule()));
        }
        assertThat(refused).isNotEmpty();
        assertThat(output.lines().filter(l -> l.startsWith("refused ")).toList()).as(output)
                .containsExactlyElementsOf(refused);
    }
}
