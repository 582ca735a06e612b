package vn.ktgs.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Ktgs;
import vn.ktgs.documents.FileFormat;
import vn.ktgs.documents.KtgsDocuments;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetReader.Document;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.scoring.CommitteeScores;

/** What {@code classify} and {@code report} write for {@code --format docx|pdf|xlsx|csv}. */
final class ClassifyDocuments {

    private ClassifyDocuments() {
    }

    /** The committee's annual result (docx, pdf) or its scorecards (xlsx: three sheets; csv: the scores). */
    static void write(DatasetCommand command, DocumentOptions options, Document doc, Dataset d, Ktgs ktgs,
                      CommitteeScores scores, FileFormat format) {
        KtgsDocuments documents = options.documents(ktgs);
        var caller = options.caller(command.spec, ktgs, scores.committee(), options.day(d), command.locale());
        if (format.isDocument()) {
            options.writeDocument(command.spec, doc, format, command.locale(), documents,
                    x -> x.classification(caller, scores, options.issuance(command.spec, d, command.locale())));
        } else {
            options.writeTables(command.spec, doc, format, command.locale(), documents,
                    x -> x.scoreTables(caller, scores, command.locale()));
        }
    }

    /** One organisation's report of the period (docx, pdf), or every organisation's figures (xlsx, csv). */
    static void report(DatasetCommand command, DocumentOptions options, Document doc, Dataset d, Ktgs ktgs,
                       ReportingPeriod period, @Nullable String org, FileFormat format) {
        KtgsDocuments documents = options.documents(ktgs);
        Organisation committee = command.committee(ktgs, d);
        Organisation o = org == null ? committee : DocumentCommands.organisation(command, ktgs, org);
        var caller = options.caller(command.spec, ktgs, o.id(), options.day(d), command.locale());
        if (format.isDocument()) {
            options.writeDocument(command.spec, doc, format, command.locale(), documents,
                    x -> x.report(caller, o.id(), period, options.issuance(command.spec, d, command.locale())));
        } else {
            options.writeTables(command.spec, doc, format, command.locale(), documents,
                    x -> List.of(x.reportFigures(caller, committee.id(), period, command.locale())));
        }
    }
}
