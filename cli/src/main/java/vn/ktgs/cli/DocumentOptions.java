package vn.ktgs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import vn.ktgs.Ktgs;
import vn.ktgs.access.Caller;
import vn.ktgs.common.RejectedException;
import vn.ktgs.document.DocumentNumber;
import vn.ktgs.documents.DataTable;
import vn.ktgs.documents.DocumentException;
import vn.ktgs.documents.DocumentSettings;
import vn.ktgs.documents.FileFormat;
import vn.ktgs.documents.Issuance;
import vn.ktgs.documents.KtgsDocuments;
import vn.ktgs.documents.OfficeDocument;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetReader.Document;
import vn.ktgs.organisation.OrganisationId;

/**
 * The options of every command that writes a document file ({@code --format docx|pdf|xlsx|csv --out FILE}), and the
 * writing: through {@link KtgsDocuments}, as the caller the document's issuer would be (the issuing organisation's
 * secretary on the day of issue, or {@code --as MEMBER}).
 */
final class DocumentOptions {

    @Option(names = "--out", paramLabel = "FILE",
            description = "the file to write for --format docx|pdf|xlsx|csv (in a bundle: FILE-<index>.<ext>)")
    @Nullable Path out;

    @Option(names = "--number", paramLabel = "NUMBER",
            description = "the document's number for docx|pdf, for example 12-BC/CB (DocumentNumber)")
    @Nullable String number;

    @Option(names = "--issued-on", paramLabel = "DAY", description = "the day of issue; default: the dataset's asOf")
    @Nullable LocalDate issuedOn;

    @Option(names = "--to", paramLabel = "RECIPIENT",
            description = "a recipient after \"Nơi nhận:\" (repeatable); default: the superior body")
    List<String> to = new ArrayList<>();

    @Option(names = "--as", paramLabel = "MEMBER",
            description = "act as this member (code); default: the issuing organisation's secretary")
    @Nullable String as;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "a folder with documents.properties, labels*.properties, template*.docx")
    @Nullable Path templates;

    /** Documents that could not be written (their reason printed on stderr). */
    int failures;

    /** Whether {@code format} (a command's --format value) names a file format. */
    static Optional<FileFormat> file(Enum<?> format) {
        return FileFormat.of(format.name());
    }

    KtgsDocuments documents(Ktgs ktgs) {
        return new KtgsDocuments(ktgs, templates == null ? DocumentSettings.defaults()
                : DocumentSettings.load(templates));
    }

    LocalDate day(Dataset d) {
        return issuedOn == null ? d.asOf() : issuedOn;
    }

    /** The caller: {@code --as}, else the secretary of {@code issuer} on the day, else an administrator. */
    Caller caller(CommandSpec spec, Ktgs ktgs, OrganisationId issuer, LocalDate day, Locale locale) {
        if (as != null) {
            return ktgs.organisations().memberByCode(as).map(m -> Caller.member(m.id()))
                    .orElseThrow(() -> new ParameterException(spec.commandLine(),
                            CliText.text(CliText.of(locale), "noMember", as)));
        }
        return ktgs.organisations().secretaryOn(issuer, day).map(m -> Caller.member(m.id()))
                .orElseGet(Caller::administrator);
    }

    Issuance issuance(CommandSpec spec, Dataset d, Locale locale) {
        if (number == null) {
            throw new ParameterException(spec.commandLine(), CliText.text(CliText.of(locale), "numberRequired"));
        }
        DocumentNumber n;
        try {
            n = DocumentNumber.parse(number);
        } catch (RejectedException e) {
            throw new ParameterException(spec.commandLine(), "--number: " + e.violations().get(0).message(locale));
        }
        return Issuance.of(n, day(d)).withRecipients(to).in(locale);
    }

    /** Builds the document and writes it as {@code format}; a {@link DocumentException} is printed and counted. */
    void writeDocument(CommandSpec spec, Document doc, FileFormat format, Locale locale, KtgsDocuments documents,
                       Function<KtgsDocuments, OfficeDocument> build) {
        Path file = target(spec, doc, format, locale);
        try {
            documents.write(build.apply(documents), format, file);
            written(spec, file, locale);
        } catch (DocumentException e) {
            failed(spec, e, locale);
        }
    }

    /** Builds the tables and writes them as {@code format} (CSV: the first table). */
    void writeTables(CommandSpec spec, Document doc, FileFormat format, Locale locale, KtgsDocuments documents,
                     Function<KtgsDocuments, List<DataTable>> build) {
        Path file = target(spec, doc, format, locale);
        try {
            documents.write(build.apply(documents), format, file);
            written(spec, file, locale);
        } catch (DocumentException e) {
            failed(spec, e, locale);
        }
    }

    private Path target(CommandSpec spec, Document doc, FileFormat format, Locale locale) {
        if (out == null) {
            throw new ParameterException(spec.commandLine(), CliText.text(CliText.of(locale), "outRequired",
                    format.extension()));
        }
        if (!doc.inBundle()) {
            return out;
        }
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String indexed = (dot > 0 ? name.substring(0, dot) : name) + "-" + doc.index() + "." + format.extension();
        return out.resolveSibling(indexed);
    }

    private static void written(CommandSpec spec, Path file, Locale locale) {
        PrintWriter o = spec.commandLine().getOut();
        o.println(CliText.text(CliText.of(locale), "wrote", file));
        o.flush();
    }

    private void failed(CommandSpec spec, DocumentException e, Locale locale) {
        failures++;
        spec.commandLine().getErr().println("ktgs: " + e.message(locale));
        spec.commandLine().getErr().flush();
    }
}
