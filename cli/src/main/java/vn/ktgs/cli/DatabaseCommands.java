package vn.ktgs.cli;

import static vn.ktgs.cli.KtgsCli.INVALID;

import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ktgs.Ktgs;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetImporter;

/** The subcommands over a database: {@code import} (a dataset into it) and {@code export} (a committee out of it). */
final class DatabaseCommands {

    private DatabaseCommands() {
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Replays a dataset and, when every rule accepts it, writes it into a database (atomic;"
                    + " loading the same dataset again writes nothing).")
    static final class ImportCommand extends DatasetCommand {
        @CommandLine.ParentCommand
        KtgsCli parent;

        @Option(names = "--jdbc", required = true, paramLabel = "URL", description = "the database's JDBC URL")
        String jdbc;

        /**
         * Imports every valid dataset of the file. When none was stored (every one rejected, or a failure), a database
         * file this command created is removed again: a rejected import leaves nothing behind.
         */
        @Override
        public Integer call() {
            existingFile(data);
            try (PortsFactory.Database target = open(parent.database, jdbc, this)) {
                int[] stored = {0};
                try {
                    DatasetImporter importer = new DatasetImporter(validator());
                    int documents = eachDataset((doc, d) -> {
                        DatasetImporter.Result r = target.inTransaction(() -> importer.importInto(d, target.ports()));
                        stored[0]++;
                        String where = doc.inBundle() ? doc.prefix() + " " + d.committee() + ": " : "";
                        out().println(where + (r.written() ? text("imported", r.organisations(), r.members(),
                                r.documents(), r.plans(), r.activities(), r.reports()) : text("alreadyStored")));
                    });
                    if (documents > 1) {
                        summary(documents);
                    }
                } finally {
                    if (stored[0] == 0) {
                        target.discardIfCreated();
                    }
                }
            }
            return exitCode();
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes one committee's year from a database as a dataset.")
    static final class ExportCommand extends BaseCommand {
        @CommandLine.ParentCommand
        KtgsCli parent;

        @Option(names = "--jdbc", required = true, paramLabel = "URL", description = "the database's JDBC URL")
        String jdbc;

        @Option(names = "--committee", required = true, paramLabel = "CODE", description = "the committee's code")
        String committee;

        @Option(names = "--year", required = true, paramLabel = "Y", description = "the year")
        int year;

        @Option(names = "--out", paramLabel = "FILE", description = "the file to write; default: stdout")
        @Nullable Path out;

        @Option(names = "--as-of", paramLabel = "DAY", description = "the day the data stands on (asOf); default: today")
        java.time.@Nullable LocalDate asOf;

        @Override
        public Integer call() throws IOException {
            java.time.ZoneId zone = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
            java.time.Clock clock = asOf == null ? java.time.Clock.system(zone)
                    : java.time.Clock.fixed(asOf.atTime(9, 0).atZone(zone).toInstant(), zone);
            Dataset d;
            try (PortsFactory.Database source = open(parent.database, jdbc, this)) {
                if (source.ports().organisations().findByCode(committee).isEmpty()) {
                    // a mistyped file URL opened a new, empty database: export never writes, so nothing is left
                    source.discardIfCreated();
                    spec.commandLine().getErr().println("ktgs: " + text("noCommittee", committee));
                    return INVALID;
                }
                var ktgs = Ktgs.builder(source.ports(), Validation.buildDefaultValidatorFactory().getValidator(),
                        clock).build();
                d = vn.ktgs.json.DatasetExporter.export(ktgs, committee, year);
            }
            if (out == null) {
                vn.ktgs.json.DatasetWriter.write(d, System.out);
            } else {
                try (var o = Files.newOutputStream(out)) {
                    vn.ktgs.json.DatasetWriter.write(d, o);
                }
            }
            return 0;
        }
    }

    static PortsFactory.Database open(PortsFactory factory, String url, BaseCommand command) {
        try {
            return factory.open(url);
        } catch (PortsFactory.UnsupportedUrlException e) {
            throw command.usage("notAJdbcUrl", url);
        } catch (IllegalStateException e) {
            throw command.usage("cannotOpen", url, e.getMessage());
        }
    }
}
