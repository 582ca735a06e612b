package vn.ktgs.spring;

import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Objects;
import vn.ktgs.jdbc.JdbcPorts;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetImporter;

/**
 * Nhập dữ liệu: imports a dataset document (the format of {@code ktgs-adapters-json}) into the library's database
 * in one transaction, timed as {@link KtgsMetrics#IMPORT}. Importing the same dataset again writes nothing.
 */
public final class KtgsImports {

    private final JdbcPorts jdbc;
    private final Validator validator;
    private final KtgsMetrics metrics;

    public KtgsImports(JdbcPorts jdbc, Validator validator, KtgsMetrics metrics) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** Imports {@code dataset}; a rejected dataset throws {@code RejectedException} and stores nothing. */
    public DatasetImporter.Result importDataset(Dataset dataset) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            DatasetImporter.Result result = jdbc.inTransaction(
                    () -> new DatasetImporter(validator).importInto(dataset, jdbc.ports()));
            outcome = result.written() ? "written" : "unchanged";
            return result;
        } finally {
            metrics.imported(outcome, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
