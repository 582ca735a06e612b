package vn.ktgs.cli;

import static vn.ktgs.cli.KtgsCli.INVALID;
import static vn.ktgs.cli.KtgsCli.MAPPER;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ktgs.Ktgs;
import vn.ktgs.cli.KtgsCli.Format;
import vn.ktgs.document.DocumentId;
import vn.ktgs.json.DatasetReader.Document;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.CriterionResult;
import vn.ktgs.scoring.Reason;
import vn.ktgs.scoring.Scorecard;
import vn.ktgs.scoring.ScorecardText;
import vn.ktgs.scoring.TargetCheck;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Scores every cell below the dataset's committee under a criteria set, with the"
                + " explanation of every point, and checks the committee's targets.")
final class ClassifyCommand extends DatasetCommand {
    @Option(names = "--criteria", paramLabel = "FILE",
            description = "a criteria set (JSON); default: the shipped default set of Plan 65-KH/ĐU")
    @Nullable Path criteria;

    @Option(names = "--year", paramLabel = "Y", description = "the year scored; default: the dataset's year")
    @Nullable Integer year;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|docx|pdf|xlsx|csv",
            description = "output format (default: ${DEFAULT-VALUE}); docx|pdf|xlsx|csv write --out FILE")
    Format format;

    @picocli.CommandLine.Mixin
    DocumentOptions files;

    @picocli.CommandLine.Mixin
    Threads threads;

    @Override
    int threads() {
        return DocumentOptions.file(format).isPresent() ? 1 : threads.count();
    }

    @Override
    public Integer call() throws IOException {
        java.util.Optional<CriteriaSet> read = criteriaSet(criteria);
        if (read.isEmpty()) {
            return INVALID;
        }
        CriteriaSet set = read.get();
        int documents = eachDataset((doc, d) -> {
            Ktgs ktgs = replay(d);
            Organisation committee = committee(ktgs, d);
            List<DocumentId> governing = new ArrayList<>();
            for (String number : d.governingDocuments()) {
                ktgs.ports().documents().all().stream().filter(x -> x.number().format().equals(number))
                        .findFirst().ifPresent(x -> governing.add(x.id()));
            }
            CommitteeScores scores = ktgs.scoring().score(committee.id(), year == null ? d.year() : year, set,
                    governing);
            if (DocumentOptions.file(format).isPresent()) {
                ClassifyDocuments.write(this, files, doc, d, ktgs, scores, DocumentOptions.file(format).get());
                return;
            }
            if (format == Format.json) {
                ObjectNode json = json(doc, scores);
                out().println(doc.inBundle() ? json.toString() : json.toPrettyString());
            } else {
                if (doc.index() > 0) {
                    out().println();
                }
                out().print(ScorecardText.render(scores, locale()));
                for (Scorecard card : scores.cells()) {
                    out().println();
                    out().print(ScorecardText.render(card, locale()));
                }
            }
            out().flush();
        });
        if (documents > 1 && format == Format.table) {
            out().println();
            summary(documents);
        }
        return files.failures > 0 ? INVALID : exitCode();
    }

    /** The committee's scores as JSON; in a bundle, led by the document's index. */
    private ObjectNode json(Document doc, CommitteeScores s) {
        ObjectNode root = MAPPER.createObjectNode();
        if (doc.inBundle()) {
            root.put("document", doc.index());
        }
        root.put("committee", s.code()).put("name", s.name()).put("year", s.year())
                .put("asOf", s.asOf().toString()).put("criteriaSet", s.criteriaSetId())
                .put("criteriaSetVersion", s.criteriaSetVersion()).put("allTargetsMet", s.allTargetsMet());
        ArrayNode targets = root.putArray("targets");
        for (TargetCheck t : s.targets()) {
            targets.addObject().put("id", t.target().id()).put("label", t.target().label().label(locale()))
                    .put("value", t.value().fraction()).put("met", t.met());
        }
        ObjectNode levels = root.putObject("distribution");
        s.distribution().forEach((level, n) -> levels.put(level.name(), n));
        ArrayNode cells = root.putArray("cells");
        for (Scorecard c : s.cells()) {
            ObjectNode cell = cells.addObject();
            cell.put("code", c.code()).put("name", c.name()).put("total", c.total()).put("max", c.max())
                    .put("level", c.level().name()).put("levelLabel", c.level().label(locale()))
                    .put("byScore", c.byScore().name()).put("afterGates", c.afterGates().name());
            ArrayNode crits = cell.putArray("criteria");
            for (CriterionResult r : c.criteria()) {
                crits.addObject().put("id", r.criterion().id())
                        .put("label", r.criterion().label().label(locale()))
                        .put("indicator", r.criterion().indicator().code()).put("value", r.value().fraction())
                        .put("state", r.state().name()).put("points", r.countedPoints().orElse(null))
                        .put("max", r.criterion().max()).put("reason", r.reason().text(locale()));
            }
            cell.put("renormalisation", c.renormalisation().map(x -> x.text(locale())).orElse(null));
            ArrayNode why = cell.putArray("gates");
            c.gates().stream().map(x -> x.text(locale())).forEach(why::add);
            ArrayNode quota = cell.putArray("quota");
            c.quota().stream().map((Reason x) -> x.text(locale())).forEach(quota::add);
        }
        return root;
    }
}
