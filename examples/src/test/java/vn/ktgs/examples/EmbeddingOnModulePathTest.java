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

    private static List<Path> modulePath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> out = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            boolean core = entry.replace('\\', '/').endsWith("core/target/classes") || name.startsWith("ktgs-core-");
            if ((core && !name.contains("tests")) || (name.endsWith(".jar") && JARS.stream().anyMatch(j ->
                    name.startsWith(j + "-") && !name.startsWith("ktgs-core")))) {
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
}
