package vn.ktgs.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --threads N} option of the commands that work on a bundle's committees in parallel ({@code validate},
 * {@code classify} and {@code report} to the terminal): how many committees are replayed and scored at once while
 * the next is read. The output does not depend on it (printed in the file's order).
 */
final class Threads {

    /** The default: one a processor, at most four. */
    static final int DEFAULT = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    @Option(names = "--threads", paramLabel = "N",
            description = "committees worked on at once (default: one a processor, at most 4; 1: one at a time)")
    int count = DEFAULT;

    /** The number asked for (a number below 1 is a usage error, {@code msg.badThreads}, where it is used). */
    int count() {
        return count;
    }
}
