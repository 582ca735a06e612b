package vn.ktgs.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ktgs.Ktgs;
import vn.ktgs.document.DocumentId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.scoring.CellGuidance;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.LevelPath;
import vn.ktgs.scoring.Reason;
import vn.ktgs.scoring.Step;

/**
 * {@code ktgs what-it-takes --data FILE [--cell CODE] [--on DAY] [--criteria FILE] [--format text|json]}: for a
 * cell (or every cell of the dataset's committee) on a day, the least further work that raises it to each higher
 * level under the criteria set, or why a level is out of reach — the core's {@code Ktgs.whatItTakes()}.
 */
@Command(name = "what-it-takes", mixinStandardHelpOptions = true,
        description = "The least further work that raises a cell to each higher level, on a day of the year.")
final class WhatItTakesCommand extends DatasetCommand {

    enum Output { text, json }

    @Option(names = "--cell", paramLabel = "CODE", description = "the cell's code; default: every cell")
    @Nullable String cell;

    @Option(names = "--on", paramLabel = "DAY", description = "the day; default: the dataset's asOf")
    @Nullable LocalDate on;

    @Option(names = "--criteria", paramLabel = "FILE",
            description = "a criteria set (JSON); default: the shipped default set of Plan 65-KH/ĐU")
    @Nullable Path criteria;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text (the default) or json")
    Output format;

    @Override
    public Integer call() throws IOException {
        java.util.Optional<CriteriaSet> read = criteriaSet(criteria);
        if (read.isEmpty()) {
            return KtgsCli.INVALID;
        }
        CriteriaSet set = read.get();
        int[] missing = {0};
        int documents = eachDataset((doc, d) -> {
            Ktgs ktgs = replay(d);
            Organisation committee = committee(ktgs, d);
            Organisation target = committee;
            if (cell != null) {
                Organisation found = ktgs.organisations().organisationByCode(cell).orElse(null);
                if (found == null || !found.kind().isCell()) {
                    err().println(found == null ? text("wit.noCell", cell) : text("wit.notACell", cell));
                    missing[0]++;
                    return;
                }
                target = found;
            }
            List<DocumentId> governing = new ArrayList<>();
            for (String number : d.governingDocuments()) {
                ktgs.ports().documents().all().stream().filter(x -> x.number().format().equals(number))
                        .findFirst().ifPresent(x -> governing.add(x.id()));
            }
            LocalDate day = on == null ? d.asOf() : on;
            int year = on == null ? d.year() : on.getYear();
            List<CellGuidance> all = ktgs.whatItTakes().guidance(target.id(), year, day, set, governing);
            PrintWriter o = out();
            if (format == Output.json) {
                ObjectNode root = KtgsCli.MAPPER.createObjectNode();
                if (doc.inBundle()) {
                    root.put("document", doc.index());
                }
                root.put("committee", committee.code()).put("on", day.toString()).put("year", year)
                        .put("criteriaSet", set.id()).put("criteriaSetVersion", set.version());
                ArrayNode cells = root.putArray("cells");
                all.forEach(g -> cells.add(json(g, locale())));
                o.println(doc.inBundle() ? root.toString() : root.toPrettyString());
            } else {
                if (doc.index() > 0) {
                    o.println();
                }
                for (int i = 0; i < all.size(); i++) {
                    if (i > 0) {
                        o.println();
                    }
                    print(o, all.get(i));
                }
            }
            o.flush();
        });
        if (documents > 1 && format == Output.text) {
            out().println();
            summary(documents);
        }
        return missing[0] > 0 ? KtgsCli.INVALID : exitCode();
    }

    private void print(PrintWriter o, CellGuidance g) {
        Locale l = locale();
        o.println(text("wit.head", g.name(), g.code(), g.on(), g.year(), g.criteriaSetId(), g.criteriaSetVersion()));
        o.println("  " + text("wit.projected", plain(g.projected().total()), plain(g.projected().max()),
                g.projected().level().label(l)));
        if (g.paths().isEmpty()) {
            o.println("  " + text("wit.top"));
        }
        for (LevelPath p : g.paths()) {
            if (p.reachable()) {
                o.println("  " + text("wit.reachable", p.level().label(l), p.stepCount(),
                        plain(java.util.Objects.requireNonNull(p.total()))));
                int n = 1;
                for (Step s : p.steps()) {
                    o.println("      " + n++ + ". " + s.text(l));
                }
            } else {
                o.println("  " + text("wit.unreachable", p.level().label(l)));
            }
            for (Reason r : p.notes()) {
                o.println("      - " + r.text(l));
            }
        }
    }

    private static String plain(java.math.BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    /** One cell's guidance as JSON, texts in {@code l}. */
    static ObjectNode json(CellGuidance g, Locale l) {
        ObjectNode c = KtgsCli.MAPPER.createObjectNode();
        c.put("code", g.code()).put("name", g.name());
        c.putObject("projected").put("total", g.projected().total()).put("max", g.projected().max())
                .put("level", g.projected().level().name()).put("levelLabel", g.projected().level().label(l));
        ArrayNode paths = c.putArray("paths");
        for (LevelPath p : g.paths()) {
            ObjectNode path = paths.addObject().put("level", p.level().name()).put("levelLabel", p.level().label(l))
                    .put("reachable", p.reachable()).put("stepCount", p.stepCount()).put("total", p.total());
            ArrayNode steps = path.putArray("steps");
            for (Step s : p.steps()) {
                ObjectNode step = steps.addObject().put("kind", s.kind().name()).put("kindLabel", s.kind().label(l))
                        .put("count", s.count()).put("points", s.points()).put("text", s.text(l));
                ArrayNode candidates = step.putArray("candidates");
                for (Step.Candidate x : s.candidates()) {
                    candidates.addObject().put("id", x.id() == null ? null : x.id().toString())
                            .put("name", x.name()).put("due", x.due() == null ? null : x.due().toString());
                }
                ArrayNode effects = step.putArray("effects");
                for (Step.Effect e : s.effects()) {
                    effects.addObject().put("criterion", e.criterion()).put("label", e.label().label(l))
                            .put("indicator", e.indicator().code()).put("before", e.before()).put("after", e.after())
                            .put("pointsBefore", e.pointsBefore()).put("pointsAfter", e.pointsAfter())
                            .put("band", e.band() == null ? null : e.band().toString());
                }
            }
            ArrayNode notes = path.putArray("notes");
            p.notes().forEach(r -> notes.add(r.text(l)));
        }
        return c;
    }
}
