package vn.ktgs.examples;

import jakarta.validation.Validation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.ktgs.testing.MovableClock;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetExporter;
import vn.ktgs.json.DatasetWriter;

/**
 * The seed scenario as a dataset file ({@code datasets/seed-2025.json}): entered through the services by
 * {@link SeedScenario}, then exported. Run {@code main} with the output path to write the file again after the
 * scenario changes.
 */
public final class SeedDataset {

    /** The classpath resource of the shipped sample dataset. */
    public static final String RESOURCE = "/datasets/seed-2025.json";

    private SeedDataset() {
    }

    /** The seed scenario, entered on a fresh in-memory library, exported as of its scoring day. */
    public static Dataset export() {
        MovableClock clock = new MovableClock(LocalDate.of(2024, 6, 1));
        Ktgs ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(), clock)
                .build();
        SeedScenario seed = SeedScenario.load(ktgs, clock);
        return DatasetExporter.export(ktgs.ports(), seed.committee().code(), SeedScenario.YEAR,
                SeedScenario.SCORING_DAY, List.of(seed.plan65().number().format()));
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/datasets/seed-2025.json");
        try (OutputStream o = Files.newOutputStream(out)) {
            DatasetWriter.write(export(), o);
        }
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
