package vn.ktgs.documents;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.ktgs.common.Messages;
import vn.ktgs.scoring.CommitteeScores;

/**
 * JMH: one cell's periodic report to PDF and to DOCX, a 300-cell committee's annual result to PDF and its scorecards
 * to XLSX — each from the library's values to the file's bytes (building the document included). Run with
 * {@code ./mvnw -q -Pbench -pl adapters-documents -am -DskipTests package -Djmh.args="DocumentsBenchmark"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class DocumentsBenchmark {

    /** One cell with its plan, a concluded record and its report of 2025-Q2. */
    @State(Scope.Benchmark)
    public static class OneCell {
        Scenario scenario;
        KtgsDocuments documents;

        @Setup(Level.Trial)
        public void setUp() {
            scenario = new Scenario();
            documents = new KtgsDocuments(scenario.ktgs, DocumentSettings.defaults());
        }

        OfficeDocument report() {
            return documents.report(scenario.asSecretary(), scenario.cell.id(), scenario.report.period(),
                    Scenario.issuance("12-BC/CB"));
        }
    }

    /** A committee of 300 cells (40 with long names), scored once under the shipped criteria set. */
    @State(Scope.Benchmark)
    public static class Committee {
        Scenario scenario;
        KtgsDocuments documents;
        CommitteeScores scores;

        @Setup(Level.Trial)
        public void setUp() {
            scenario = new Scenario();
            scenario.moreCells(299, 40);
            scores = scenario.scores();
            documents = new KtgsDocuments(scenario.ktgs, DocumentSettings.defaults());
        }
    }

    @Benchmark
    public byte[] reportPdf(OneCell s) {
        return s.documents.render(s.report(), FileFormat.PDF);
    }

    @Benchmark
    public byte[] reportDocx(OneCell s) {
        return s.documents.render(s.report(), FileFormat.DOCX);
    }

    @Benchmark
    public byte[] committeePdf(Committee s) {
        return s.documents.render(s.documents.classification(s.scenario.committeeSecretary(), s.scores,
                Scenario.issuance("20-BC/ĐU")), FileFormat.PDF);
    }

    @Benchmark
    public void committeeXlsx(Committee s, Blackhole bh) {
        List<DataTable> tables = s.documents.scoreTables(s.scenario.committeeSecretary(), s.scores,
                Messages.VIETNAMESE);
        bh.consume(s.documents.render(tables, FileFormat.XLSX));
    }
}
