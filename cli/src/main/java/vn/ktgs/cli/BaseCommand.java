package vn.ktgs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.ktgs.cli.KtgsCli.Lang;

/** What every command shares: the reader's language and how much of the library's log to show. */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
            description = "language of messages and labels: vi (the default) or en")
    Lang lang;

    @Option(names = "--verbose", description = "also print the library's log on stderr")
    boolean verbose;

    /** The line {@code msg.key} in the reader's language. */
    String text(String key, Object... args) {
        return CliText.text(lang, key, args);
    }

    /** A usage error (exit code 2) with the line {@code msg.key}. */
    ParameterException usage(String key, Object... args) {
        return new ParameterException(spec.commandLine(), text(key, args));
    }

    /** The file named by an option, which must exist and not be a directory (else a usage error). */
    Path existingFile(Path file) {
        if (Files.isDirectory(file)) {
            throw usage("isDirectory", file);
        }
        if (!Files.exists(file)) {
            throw usage("noSuchFile", file);
        }
        return file;
    }
}
