package vn.ktgs.cli;

import static vn.ktgs.cli.KtgsCli.INVALID;
import static vn.ktgs.cli.KtgsCli.LARGE_FILE;
import static vn.ktgs.cli.KtgsCli.PROGRESS_RECORDS;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import vn.ktgs.Ktgs;
import vn.ktgs.cli.KtgsCli.Lang;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetImporter;
import vn.ktgs.json.DatasetReader;
import vn.ktgs.json.DatasetReader.Document;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.scoring.CriteriaSet;

/** What every command that reads a dataset shares. */
abstract class DatasetCommand extends BaseCommand {
    @Option(names = "--data", required = true, paramLabel = "FILE", description = "the dataset file (JSON)")
    Path data;

    PrintWriter out() {
        PrintWriter buffered = CommitteePipeline.out();
        return buffered != null ? buffered : spec.commandLine().getOut();
    }

    /**
     * The criteria set of a {@code --criteria} file, or the shipped default when none is given; empty when the
     * file is not a valid set, each of its problems printed with its path on stderr.
     */
    java.util.Optional<CriteriaSet> criteriaSet(@Nullable Path criteria) throws IOException {
        if (criteria == null) {
            return java.util.Optional.of(JsonCriteriaSets.shippedDefault());
        }
        try (InputStream in = Files.newInputStream(existingFile(criteria))) {
            return java.util.Optional.of(new JsonCriteriaSets().read(in));
        } catch (NoSuchFileException e) {
            throw usage("noSuchFile", criteria);
        } catch (RejectedException e) {
            for (Violation v : e.violations()) {
                err().println(criteria + ": " + (v.path().isEmpty() ? "" : v.path() + ": ")
                        + v.message(locale()));
            }
            return java.util.Optional.empty();
        }
    }

    PrintWriter err() {
        PrintWriter buffered = CommitteePipeline.err();
        return buffered != null ? buffered : spec.commandLine().getErr();
    }

    Locale locale() {
        return lang.locale();
    }

    /** One committee's work: what a command does with each valid dataset of the file. */
    @FunctionalInterface
    interface Work {
        /** @throws RejectedException when a rule rejects the dataset (printed under the document's place) */
        void on(Document document, Dataset dataset);
    }

    private @Nullable Validator validator;
    private final AtomicInteger invalid = new AtomicInteger();

    /** How many committees are worked on at once; 1 for commands that must go one at a time. */
    int threads() {
        return 1;
    }

    /**
     * Reads the file — one dataset document or a bundle of them — one document at a time, and hands each valid
     * dataset to {@code work}, so only a few committees are held at a time: with {@link #threads()} above 1,
     * that many committees are worked on while the next is read, and their lines are printed in the file's
     * order ({@link CommitteePipeline}). The problems of an invalid document go to stderr under its place
     * ({@code [12].activities[3].…}) and the others go on.
     *
     * @return the number of documents read
     */
    int eachDataset(Work work) {
        long size;
        try {
            size = Files.size(existingFile(data));
        } catch (NoSuchFileException e) {
            throw usage("noSuchFile", data);
        } catch (IOException e) {
            throw usage("cannotRead", data, e.getMessage());
        }
        boolean large = size > LARGE_FILE;
        if (large) {
            err().println(text("reading", data, size));
        }
        DatasetReader.Progress sections = large ? (section, n) -> {
            if (n >= PROGRESS_RECORDS) {
                err().println(text("section", CliText.section(lang, section), n));
            }
        } : DatasetReader.Progress.NONE;
        int threads = threads();
        if (threads < 1) {
            throw usage("badThreads", threads);
        }
        ProgressLine progress = new ProgressLine(size);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(data), 1 << 16);
             CommitteePipeline pipeline = threads > 1 ? new CommitteePipeline(threads, printed -> {
                 out().print(printed.out());
                 out().flush();
                 err().print(printed.err());
                 err().flush();
             }) : null) {
            int documents = DatasetReader.readAll(in, sections, document -> {
                Runnable after = () -> {
                    progress.done(document);
                    if (large && document.inBundle() && progress.due()) {
                        err().println(progress.line(this));
                    }
                };
                if (pipeline == null) {
                    one(document, work);
                    after.run();
                } else {
                    pipeline.submit(() -> one(document, work), after);
                }
            });
            if (pipeline != null) {
                pipeline.finish();
            }
            if (large && documents > 1) {
                err().println(progress.end(this));
            }
            return documents;
        } catch (IOException e) {
            throw usage("cannotRead", data, e.getMessage());
        }
    }

    /** Works on one document, or prints its problems. */
    private void one(Document document, Work work) {
        Dataset d = document.dataset();
        if (d == null) {
            print(document, document.violations());
        } else {
            try {
                work.on(document, d);
            } catch (RejectedException e) {
                print(document, e.violations().stream().map(document::locate).toList());
            }
        }
        out().flush();
        err().flush();
    }

    /** 0 when every document was valid, else {@link #INVALID}. */
    int exitCode() {
        return invalid.get() == 0 ? 0 : INVALID;
    }

    synchronized Validator validator() {
        if (validator == null) {
            validator = Validation.buildDefaultValidatorFactory().getValidator();
        }
        return validator;
    }

    /** Replays the dataset in memory; a rule that rejects it throws. */
    Ktgs replay(Dataset dataset) {
        boolean large = dataset.members().size() + dataset.activities().size() > 50_000;
        DatasetImporter importer = new DatasetImporter(validator());
        if (large) {
            importer.withProgress((done, total) -> err().println(text("replayed", done, total)));
        }
        return importer.replay(dataset);
    }

    private void print(Document document, List<Violation> violations) {
        invalid.incrementAndGet();
        for (Violation v : violations) {
            err().println((v.path().isEmpty() ? text("file") : v.path()) + ": " + v.message(locale()));
        }
        err().printf(lang == Lang.en ? "%s%s: %d error(s)%n" : "%s%s: %d lỗi%n", data, document.prefix(),
                violations.size());
    }

    /** {@code FILE: n datasets, all valid} (or how many were not) on stdout, after a bundle. */
    void summary(int documents) {
        out().printf(lang == Lang.en ? "%s: %,d datasets, %,d valid, %,d invalid%n"
                : "%s: %,d bộ dữ liệu, %,d hợp lệ, %,d không hợp lệ%n", data, documents, documents - invalid.get(),
                invalid.get());
    }

    Organisation committee(Ktgs ktgs, Dataset d) {
        return ktgs.organisations().organisationByCode(d.committee()).orElseThrow();
    }
}
