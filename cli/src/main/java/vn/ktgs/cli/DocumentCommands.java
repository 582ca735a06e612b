package vn.ktgs.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.ktgs.Ktgs;
import vn.ktgs.activity.Activity;
import vn.ktgs.documents.FileFormat;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.plan.Plan;

/** The commands that only write a document: {@code plan} and {@code conclusion}. */
final class DocumentCommands {

    private DocumentCommands() {
    }

    /** Document formats only. */
    enum DocFormat { docx, pdf }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Writes an organisation's annual KT-GS plan (Kế hoạch kiểm tra, giám sát năm) as DOCX or PDF.")
    static final class PlanCommand extends DatasetCommand {
        @Option(names = "--org", required = true, paramLabel = "CODE", description = "the organisation's code")
        String org;

        @Option(names = "--year", paramLabel = "Y", description = "the plan's year; default: the dataset's year")
        @Nullable Integer year;

        @Option(names = "--format", required = true, paramLabel = "docx|pdf", description = "the file format")
        DocFormat format;

        @Mixin
        DocumentOptions documents;

        @Override
        public Integer call() {
            FileFormat f = FileFormat.of(format.name()).orElseThrow();
            eachDataset((doc, d) -> {
                Ktgs ktgs = replay(d);
                Organisation o = DocumentCommands.organisation(this, ktgs, org);
                int y = year == null ? d.year() : year;
                Plan plan = ktgs.plans().planFor(o.id(), y).orElseThrow(() -> usage("noPlan", o.code(), y));
                documents.writeDocument(spec, doc, f, locale(), documents.documents(ktgs), x -> x.plan(
                        documents.caller(spec, ktgs, o.id(), documents.day(d), locale()), plan.id(),
                        documents.issuance(spec, d, locale())));
            });
            return documents.failures > 0 ? KtgsCli.INVALID : exitCode();
        }
    }

    @Command(name = "conclusion", mixinStandardHelpOptions = true,
            description = "Writes the notice of a record's conclusion (Thông báo kết luận) as DOCX or PDF; the record"
                    + " is the organisation's concluded one whose subject contains --subject.")
    static final class ConclusionCommand extends DatasetCommand {
        @Option(names = "--org", required = true, paramLabel = "CODE", description = "the organisation's code")
        String org;

        @Option(names = "--subject", required = true, paramLabel = "TEXT",
                description = "words of the record's subject, enough to name one concluded record")
        String subject;

        @Option(names = "--format", required = true, paramLabel = "docx|pdf", description = "the file format")
        DocFormat format;

        @Mixin
        DocumentOptions documents;

        @Override
        public Integer call() {
            FileFormat f = FileFormat.of(format.name()).orElseThrow();
            eachDataset((doc, d) -> {
                Ktgs ktgs = replay(d);
                Organisation o = DocumentCommands.organisation(this, ktgs, org);
                List<Activity> found = ktgs.activities().ofOrganisation(o.id()).stream()
                        .filter(a -> a.concluded().isPresent() && a.subject().contains(subject)).toList();
                if (found.size() != 1) {
                    throw usage("notOneRecord", found.size(), o.code(), subject, ktgs.activities()
                            .ofOrganisation(o.id()).stream().filter(a -> a.concluded().isPresent())
                            .map(Activity::subject).toList());
                }
                documents.writeDocument(spec, doc, f, locale(), documents.documents(ktgs), x -> x.conclusion(
                        documents.caller(spec, ktgs, o.id(), documents.day(d), locale()), found.get(0).id(),
                        documents.issuance(spec, d, locale())));
            });
            return documents.failures > 0 ? KtgsCli.INVALID : exitCode();
        }
    }

    static Organisation organisation(DatasetCommand command, Ktgs ktgs, String code) {
        return ktgs.organisations().organisationByCode(code).orElseThrow(() -> command.usage("noOrganisation", code));
    }
}
