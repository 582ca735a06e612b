package vn.ktgs.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ktgs.Ktgs;
import vn.ktgs.access.AccessRules;
import vn.ktgs.access.Action;
import vn.ktgs.access.Caller;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Discipline;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.common.Messages;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.documents.DocumentException.Kind;
import vn.ktgs.documents.OfficeDocument.Block;
import vn.ktgs.documents.OfficeDocument.Closing;
import vn.ktgs.documents.OfficeDocument.Header;
import vn.ktgs.documents.OfficeDocument.Heading;
import vn.ktgs.documents.OfficeDocument.Paragraph;
import vn.ktgs.documents.OfficeDocument.Style;
import vn.ktgs.documents.OfficeDocument.Table;
import vn.ktgs.documents.internal.CsvWriter;
import vn.ktgs.documents.internal.DocxWriter;
import vn.ktgs.documents.internal.Labels;
import vn.ktgs.documents.internal.PdfWriter;
import vn.ktgs.documents.internal.XlsxWriter;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.ContentFocusCatalogue;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Target;
import vn.ktgs.report.Figure;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportId;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.CriterionResult;
import vn.ktgs.scoring.Reason;
import vn.ktgs.scoring.Scorecard;
import vn.ktgs.scoring.TargetCheck;

/**
 * Văn bản của cấp ủy: the documents a Party office files, built from the library's own values — the stored plan,
 * the compiled report, the concluded record, the committee's scores — never computing a rule again, and written as
 * DOCX or PDF; and their figures as XLSX or CSV. Every document is built for a {@link Caller} under the core's
 * {@link AccessRules}, as the REST adapter's JSON is: {@link Action#READ} on the organisation, and confidential
 * content (violations, discipline, inspections on signs of violation) only for {@link Action#READ_CONFIDENTIAL}.
 *
 * <pre>{@code
 * KtgsDocuments documents = new KtgsDocuments(ktgs, DocumentSettings.defaults());
 * OfficeDocument report = documents.report(caller, cell.id(), ReportingPeriod.parse("2025-Q3"),
 *         Issuance.of(DocumentNumber.parse("12-BC/CB"), LocalDate.of(2026, 1, 5)));
 * documents.write(report, FileFormat.PDF, Path.of("bao-cao.pdf"));
 * }</pre>
 */
public final class KtgsDocuments {

    private static final Locale VI = Messages.VIETNAMESE;
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final String[] ORDINAL = {"first", "second", "third", "fourth"};

    private final Ktgs ktgs;
    private final AccessRules access;
    private final DocumentSettings settings;
    private final Labels labels;
    private final ContentFocusCatalogue catalogue;

    /** Documents over {@code ktgs} with the library's default content focus catalogue. */
    public KtgsDocuments(Ktgs ktgs, DocumentSettings settings) {
        this(ktgs, settings, ContentFocusCatalogue.defaults());
    }

    /** Documents over {@code ktgs}; {@code catalogue} labels the focus codes of plan items (the one ktgs uses). */
    public KtgsDocuments(Ktgs ktgs, DocumentSettings settings, ContentFocusCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.ktgs = Objects.requireNonNull(ktgs, "ktgs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.access = new AccessRules(ktgs.organisations(), ktgs.clock());
        this.labels = settings.labels();
    }

    public DocumentSettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- the plan

    /**
     * Kế hoạch kiểm tra, giám sát năm: the plan's items in force as a table (content with its political task and
     * focus, kind and mode, targets, schedule, who is in charge). The number must be of type {@code KH}.
     *
     * @throws DocumentException {@code NOT_FOUND}, {@code FORBIDDEN} or {@code BAD_INPUT}
     */
    public OfficeDocument plan(Caller caller, PlanId id, Issuance issuance) {
        Plan plan = ktgs.ports().plans().find(id).orElseThrow(() -> notFound("Plan", id.value().toString()));
        Organisation org = readable(caller, plan.organisation());
        Locale l = issuance.locale();
        expectType(issuance, "KH");
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of(text("plan.intro", l, "year", Integer.toString(plan.year()), "title", plan.title())));
        if (plan.revisions().isEmpty()) {
            body.add(new Paragraph(text("plan.draft", l), Style.ITALIC, false));
        } else if (plan.revisions().size() == 1) {
            body.add(Paragraph.of(text("plan.adopted", l, "adopted", day(plan.revisions().get(0).adoptedOn()))));
        } else {
            PlanRevision current = plan.current().orElseThrow();
            body.add(Paragraph.of(text("plan.amended", l, "adopted", day(plan.revisions().get(0).adoptedOn()),
                    "revision", Integer.toString(current.number()), "amended", day(current.adoptedOn()))));
        }
        body.add(new Heading("I. " + text("plan.heading.items", l)));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (PlanItem item : plan.items()) {
            StringBuilder content = new StringBuilder(item.content());
            content.append('\n').append(text("plan.task", l, "task", item.politicalTask()));
            if (!item.focus().isEmpty()) {
                content.append('\n').append(text("plan.focus", l, "focus", item.focus().stream()
                        .map(code -> catalogue.find(code).map(f -> f.label(l)).orElse(code))
                        .collect(Collectors.joining("; "))));
            }
            StringBuilder who = new StringBuilder(memberName(item.responsible()));
            if (!item.team().isEmpty()) {
                who.append('\n').append(text("plan.team", l, "team",
                        item.team().stream().map(this::memberName).collect(Collectors.joining(", "))));
            }
            rows.add(List.of(Integer.toString(++n), content.toString(),
                    item.kind().label(l) + "; " + item.mode().label(l).toLowerCase(l),
                    targets(item.targets()), day(item.window().from()) + " – "
                            + item.window().end().map(KtgsDocuments::day).orElse("…"), who.toString()));
        }
        if (rows.isEmpty()) {
            body.add(Paragraph.of(text("plan.noItems", l)));
        } else {
            body.add(new Table(List.of(text("plan.col.no", l), text("plan.col.content", l), text("plan.col.kind", l),
                    text("plan.col.targets", l), text("plan.col.window", l), text("plan.col.responsible", l)),
                    List.of(8, 30, 16, 16, 16, 14), List.of(true, false, false, false, true, false), rows));
        }
        return document(OfficeDocument.Kind.PLAN, org, issuance, false, text("plan.type", l),
                text("plan.summary", l, "year", Integer.toString(plan.year())), body,
                "ke-hoach-ktgs-" + plan.year() + "-" + org.code());
    }

    // ---------------------------------------------------------------- the periodic report

    /**
     * Báo cáo định kỳ of an organisation and period, as compiled and stored: its figures (every one, zeros
     * included) and its narrative. The number must be of type {@code BC}.
     *
     * @throws DocumentException {@code NOT_READY} when the report has not been compiled; {@code NOT_FOUND},
     *     {@code FORBIDDEN}, {@code BAD_INPUT}
     */
    public OfficeDocument report(Caller caller, OrganisationId organisation, ReportingPeriod period,
                                 Issuance issuance) {
        Organisation org = readable(caller, organisation);
        Report report = ktgs.reports().reportFor(organisation, period).orElseThrow(() -> new DocumentException(
                Kind.NOT_READY, "error.reportNotCompiled", Map.of("organisation", org.name(),
                "period", period.toString())));
        return report(org, report, issuance);
    }

    /** The stored report {@code id}; see {@link #report(Caller, OrganisationId, ReportingPeriod, Issuance)}. */
    public OfficeDocument report(Caller caller, ReportId id, Issuance issuance) {
        Report report = ktgs.ports().reports().find(id).orElseThrow(() -> notFound("Report",
                id.value().toString()));
        return report(readable(caller, report.organisation()), report, issuance);
    }

    private OfficeDocument report(Organisation org, Report report, Issuance issuance) {
        Locale l = issuance.locale();
        expectType(issuance, "BC");
        List<Block> body = new ArrayList<>();
        body.add(new Heading("I. " + text("report.heading.figures", l)));
        body.add(Paragraph.of(text("report.intro", l, "organisation", org.name(), "computed",
                day(report.computedOn()))));
        body.add(Paragraph.of(text("report.status", l, "status", report.status().label(l))));
        List<List<String>> rows = new ArrayList<>();
        ReportFigures f = report.figures();
        int n = 0;
        for (Figure figure : Figure.values()) {
            rows.add(List.of(Integer.toString(++n), figure.label(l), Integer.toString(f.value(figure))));
        }
        body.add(new Table(List.of(text("report.col.no", l), text("report.col.figure", l),
                text("report.col.value", l)), List.of(8, 72, 20), List.of(true, false, true), rows));
        body.add(new Heading("II. " + text("report.heading.narrative", l)));
        List<String> paragraphs = report.narrative().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (paragraphs.isEmpty()) {
            body.add(new Paragraph(text("report.noNarrative", l), Style.ITALIC, false));
        } else {
            paragraphs.forEach(p -> body.add(Paragraph.of(p)));
        }
        return document(OfficeDocument.Kind.REPORT, org, issuance, false, text("report.type", l),
                text("report.summary", l, "period", period(report.period(), l)), body,
                "bao-cao-ktgs-" + report.period() + "-" + org.code());
    }

    // ---------------------------------------------------------------- the notice of conclusion

    /**
     * Thông báo kết luận of a concluded record: strengths, shortcomings, violations, discipline and
     * recommendations with their due days. Violations and discipline are confidential: marked as such, and left out
     * (with a line saying so) for a caller who may not read confidential content; an inspection on signs of
     * violation is confidential as a whole and unknown ({@code NOT_FOUND}) to such a caller, as over REST. The
     * number must be of type {@code TB} or {@code KL}.
     *
     * @throws DocumentException {@code NOT_READY} when the record is not concluded; {@code NOT_FOUND},
     *     {@code FORBIDDEN}, {@code BAD_INPUT}
     */
    public OfficeDocument conclusion(Caller caller, ActivityId id, Issuance issuance) {
        Activity a = ktgs.ports().activities().find(id).orElseThrow(() -> notFound("Activity",
                id.value().toString()));
        boolean confidential = access.allows(caller, Action.READ_CONFIDENTIAL, a.organisation());
        if (!a.isPlanned() && !confidential) {
            throw notFound("Activity", id.value().toString());
        }
        Organisation org = readable(caller, a.organisation());
        Locale l = issuance.locale();
        expectType(issuance, "TB", "KL");
        Conclusion c = a.concluded().orElseThrow(() -> new DocumentException(Kind.NOT_READY, "error.notConcluded",
                Map.of("subject", a.subject())));
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of(text("conclusion.intro", l, "concluded", day(c.concludedOn()), "organisation",
                org.name(), "minutes", c.minutesReference(), "targets", targets(a.targets()))));
        int section = 0;
        body.add(new Heading(ROMAN[section++] + ". " + text("conclusion.heading.strengths", l)));
        bullets(body, c.strengths(), l, false);
        body.add(new Heading(ROMAN[section++] + ". " + text("conclusion.heading.shortcomings", l)));
        bullets(body, c.shortcomings(), l, false);
        boolean marked = false;
        if (confidential) {
            body.add(new Heading(ROMAN[section++] + ". " + text("conclusion.heading.violations", l) + " "
                    + text("confidentialSection", l)));
            List<String> lines = new ArrayList<>();
            for (ViolationFinding v : c.violations()) {
                String line = text("conclusion.violation", l, "description", v.description(), "target",
                        v.concerns().map(this::targetName).orElse(text("conclusion.violation.general", l)),
                        "severity", v.severity().label(l).toLowerCase(l));
                lines.add(v.disciplineToBeConsidered() ? line + " " + text("conclusion.violation.discipline", l)
                        : line);
            }
            bullets(body, lines, l, true);
            if (!a.disciplines().isEmpty()) {
                body.add(new Heading(text("conclusion.heading.disciplines", l) + " " + text("confidentialSection", l)));
                List<String> ds = new ArrayList<>();
                for (Discipline d : a.disciplines()) {
                    ds.add(text("conclusion.discipline", l, "form", d.form().label(l), "target", targetName(d.target()),
                            "decided", day(d.decidedOn()), "reference", d.decisionReference(), "reason", d.reason()));
                }
                bullets(body, ds, l, true);
            }
            marked = !c.violations().isEmpty() || !a.disciplines().isEmpty() || !a.isPlanned();
        } else {
            body.add(new Paragraph(text("confidentialWithheld", l), Style.ITALIC, false));
        }
        body.add(new Heading(ROMAN[section] + ". " + text("conclusion.heading.recommendations", l)));
        if (a.recommendations().isEmpty()) {
            body.add(Paragraph.of(text("none", l)));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (Recommendation r : a.recommendations()) {
                rows.add(List.of(Integer.toString(++n), r.text(), r.addressee() == null
                        ? text("conclusion.addressee.self", l) : targetName(r.addressee()), day(r.due()),
                        r.status().label(l) + r.closed().map(d -> " (" + day(d) + ")").orElse("")));
            }
            body.add(new Table(List.of(text("conclusion.col.no", l), text("conclusion.col.text", l),
                    text("conclusion.col.addressee", l), text("conclusion.col.due", l),
                    text("conclusion.col.status", l)), List.of(8, 41, 18, 16, 17),
                    List.of(true, false, false, true, false), rows));
        }
        return document(OfficeDocument.Kind.CONCLUSION, org, issuance, marked, text("conclusion.type", l),
                text("conclusion.summary", l, "kind", a.kind().label(l).toLowerCase(l), "subject", a.subject()),
                body, "thong-bao-ket-luan-" + org.code() + "-" + c.concludedOn());
    }

    // ---------------------------------------------------------------- the committee's annual result

    /**
     * Kết quả chấm điểm hằng năm of a committee's cells, as the library scored them: the committee's targets met or
     * not, each cell's score and level with the gates and the quota that changed it, and the explanation of every
     * point. The number must be of type {@code BC} or {@code TB}.
     *
     * @throws DocumentException {@code FORBIDDEN}, {@code NOT_FOUND}, {@code BAD_INPUT}
     */
    public OfficeDocument classification(Caller caller, CommitteeScores scores, Issuance issuance) {
        Organisation org = readable(caller, scores.committee());
        return classification(org, scores, issuance, true, "ket-qua-cham-diem-" + scores.year() + "-" + org.code());
    }

    /**
     * Phiếu chấm điểm of one cell: the layout of {@link #classification} with only that cell's row and explanation
     * (and not the committee's targets), issued by the committee, for a caller who may read the cell (as the REST
     * scorecard is).
     *
     * @throws DocumentException {@code NOT_FOUND} when the scores hold no such cell; {@code FORBIDDEN},
     *     {@code BAD_INPUT}
     */
    public OfficeDocument scorecard(Caller caller, CommitteeScores scores, OrganisationId cell, Issuance issuance) {
        Organisation o = readable(caller, cell);
        Scorecard card = scores.cells().stream().filter(c -> c.organisation().equals(cell)).findFirst()
                .orElseThrow(() -> notFound("Scorecard", o.code()));
        Organisation committee = ktgs.organisations().findOrganisation(scores.committee())
                .orElseThrow(() -> notFound("Organisation", scores.committee().value().toString()));
        CommitteeScores one = new CommitteeScores(scores.committee(), scores.code(), scores.name(), scores.year(),
                scores.asOf(), scores.criteriaSetId(), scores.criteriaSetVersion(), List.of(card), List.of(),
                List.of());
        return classification(committee, one, issuance, false, "phieu-cham-diem-" + scores.year() + "-" + o.code());
    }

    private OfficeDocument classification(Organisation org, CommitteeScores scores, Issuance issuance,
                                          boolean targets, String fileName) {
        Locale l = issuance.locale();
        expectType(issuance, "BC", "TB");
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of(text("classification.intro", l, "asOf", day(scores.asOf()), "set",
                scores.criteriaSetId(), "version", Integer.toString(scores.criteriaSetVersion()), "cells",
                Integer.toString(scores.cells().size()), "committee", scores.name())));
        int section = 0;
        if (targets) {
            body.add(new Heading(ROMAN[section++] + ". " + text("classification.heading.targets", l)));
        }
        if (targets && !scores.targets().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (TargetCheck t : scores.targets()) {
                rows.add(List.of(Integer.toString(++n), t.target().label().label(l), t.value().fraction(),
                        "≥ " + percent(t.target().atLeast()), Messages.label(t.met() ? "TargetCheck.MET"
                                : "TargetCheck.NOT_MET", l)));
            }
            body.add(new Table(List.of(text("classification.col.no", l), text("classification.col.target", l),
                    text("classification.col.value", l), text("classification.col.required", l),
                    text("classification.col.met", l)), List.of(8, 52, 13, 13, 14),
                    List.of(true, false, true, true, false), rows));
        }
        if (targets) {
            body.add(new Paragraph(text(scores.allTargetsMet() ? "classification.targets.all"
                    : "classification.targets.notAll", l), Style.BOLD, false));
        }
        body.add(new Heading(ROMAN[section++] + ". " + text("classification.heading.cells", l)));
        if (scores.cells().isEmpty()) {
            body.add(Paragraph.of(text("classification.noCells", l)));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (Scorecard c : scores.cells()) {
                rows.add(List.of(Integer.toString(++n), c.code(), c.name(), plain(c.total()) + "/" + plain(c.max()),
                        c.byScore().label(l), c.level().label(l), effects(c, l)));
            }
            body.add(new Table(List.of(text("classification.col.no", l), text("classification.col.code", l),
                    text("classification.col.name", l), text("classification.col.score", l),
                    text("classification.col.byScore", l), text("classification.col.level", l),
                    text("classification.col.effects", l)), List.of(8, 13, 18, 11, 12, 12, 26),
                    List.of(true, false, false, true, false, false, false), rows));
        }
        String distribution = scores.distribution().entrySet().stream()
                .map(e -> e.getKey().label(l) + " " + e.getValue()).collect(Collectors.joining("; "));
        body.add(Paragraph.of(text("classification.heading.distribution", l, "distribution", distribution)));
        if (!scores.cells().isEmpty()) {
            body.add(new Heading(ROMAN[section] + ". " + text("classification.heading.explanation", l)));
            int n = 0;
            for (Scorecard c : scores.cells()) {
                body.add(new Paragraph((++n) + ". " + text("classification.cell", l, "name", c.name(), "code",
                        c.code(), "total", plain(c.total()), "max", plain(c.max()), "level", c.level().label(l)),
                        Style.BOLD, false));
                List<List<String>> rows = new ArrayList<>();
                for (CriterionResult r : c.criteria()) {
                    rows.add(List.of(r.criterion().label().label(l), r.value().fraction(),
                            (r.counted() ? plain(r.points()) : "—") + "/" + plain(r.criterion().max()),
                            r.reason().text(l)));
                }
                body.add(new Table(List.of(text("classification.col.criterion", l),
                        text("classification.col.indicator", l), text("classification.col.points", l),
                        text("classification.col.reason", l)), List.of(36, 10, 10, 44),
                        List.of(false, true, true, false), rows));
                for (Reason g : c.gates()) {
                    body.add(Paragraph.of(g.text(l)));
                }
                for (Reason q : c.quota()) {
                    body.add(Paragraph.of(q.text(l)));
                }
            }
        }
        return document(OfficeDocument.Kind.CLASSIFICATION, org, issuance, false, text("classification.type", l),
                text("classification.summary", l, "year", Integer.toString(scores.year())), body, fileName);
    }

    // ---------------------------------------------------------------- figures as tables

    /**
     * Số liệu báo cáo of every organisation in the committee's subtree the caller may read, for one period: the
     * stored report's figures, or — where none is compiled yet — the figures the library computes now, marked
     * "Chưa lập".
     */
    public DataTable reportFigures(Caller caller, OrganisationId committee, ReportingPeriod period, Locale l) {
        readable(caller, committee);
        List<String> columns = new ArrayList<>(List.of(text("col.code", l), text("col.name", l),
                text("col.period", l), text("col.status", l)));
        for (Figure f : Figure.values()) {
            columns.add(f.label(l));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Organisation o : ktgs.organisations().subtree(committee)) {
            if (!access.allows(caller, Action.READ, o.id())) {
                continue;
            }
            var stored = ktgs.reports().reportFor(o.id(), period);
            ReportFigures figures = stored.map(Report::figures).orElseGet(() -> ktgs.reports().figures(o.id(), period));
            List<Object> row = new ArrayList<>(List.of(o.code(), o.name(), period.toString(),
                    stored.map(r -> r.status().label(l)).orElse(text("status.notCompiled", l))));
            for (Figure f : Figure.values()) {
                row.add(figures.value(f));
            }
            rows.add(row);
        }
        return new DataTable(text("sheet.figures", l), columns, rows);
    }

    /**
     * The committee's scorecards as three tables: one row per cell with each criterion's points, one row per
     * criterion of each cell with its explanation, and the committee's targets.
     */
    public List<DataTable> scoreTables(Caller caller, CommitteeScores scores, Locale l) {
        readable(caller, scores.committee());
        List<String> criteria = scores.cells().isEmpty() ? List.of()
                : scores.cells().get(0).criteria().stream().map(r -> r.criterion().label().label(l)).toList();
        List<String> columns = new ArrayList<>(List.of(text("col.code", l), text("col.name", l),
                text("col.total", l), text("col.max", l), text("col.byScore", l), text("col.afterGates", l),
                text("col.level", l)));
        columns.addAll(criteria);
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> detail = new ArrayList<>();
        for (Scorecard c : scores.cells()) {
            List<Object> row = new ArrayList<>(List.of(c.code(), c.name(), c.total(), c.max(),
                    c.byScore().label(l), c.afterGates().label(l), c.level().label(l)));
            for (CriterionResult r : c.criteria()) {
                if (row.size() < columns.size()) {
                    row.add(r.counted() ? r.points() : "—");
                }
                detail.add(List.of(c.code(), c.name(), r.criterion().label().label(l), r.value().fraction(),
                        r.counted() ? r.points() : "—", r.criterion().max(), r.reason().text(l)));
            }
            while (row.size() < columns.size()) {
                row.add("");
            }
            rows.add(row);
        }
        List<List<Object>> targets = new ArrayList<>();
        for (TargetCheck t : scores.targets()) {
            targets.add(List.of(t.target().label().label(l), t.value().fraction(), t.target().atLeast(),
                    text(t.met() ? "yes" : "no", l)));
        }
        return List.of(new DataTable(text("sheet.scores", l), columns, rows),
                new DataTable(text("sheet.criteria", l), List.of(text("col.code", l), text("col.name", l),
                        text("col.criterion", l), text("col.value", l), text("col.points", l), text("col.max", l),
                        text("col.reason", l)), detail),
                new DataTable(text("sheet.targets", l), List.of(text("col.target", l), text("col.value", l),
                        text("col.required", l), text("col.met", l)), targets));
    }

    // ---------------------------------------------------------------- writing

    /**
     * The document as {@code format} (DOCX or PDF), in memory. With a host DOCX template in the settings, DOCX is
     * written from it.
     *
     * @throws DocumentException {@code BAD_TEMPLATE} when the template is unreadable or lacks a placeholder
     */
    public byte[] render(OfficeDocument document, FileFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            switch (format) {
                case DOCX -> new DocxWriter(settings).write(document, out);
                case PDF -> new PdfWriter(settings).write(document, out);
                default -> throw new IllegalArgumentException(format + " is not a document format");
            }
        } catch (IOException e) {
            throw new DocumentException(Kind.BAD_TEMPLATE, "error.write", Map.of("file", document.fileName(),
                    "cause", e.toString()), e);
        }
        return out.toByteArray();
    }

    /** Writes the document to {@code out}; rendered whole first, so a failure writes nothing. */
    public void write(OfficeDocument document, FileFormat format, OutputStream out) throws IOException {
        out.write(render(document, format));
    }

    /**
     * Writes the document to {@code file}: rendered whole in memory, written to a temporary file beside it and
     * moved into place, so a failure never leaves a half-written file.
     */
    public void write(OfficeDocument document, FileFormat format, Path file) {
        atomically(render(document, format), file);
    }

    /** The tables as an XLSX workbook (one sheet each), or the first table as CSV. */
    public byte[] render(List<DataTable> tables, FileFormat format) {
        try {
            return switch (format) {
                case XLSX -> XlsxWriter.write(tables);
                case CSV -> CsvWriter.write(tables.get(0));
                default -> throw new IllegalArgumentException(format + " is not a table format");
            };
        } catch (IOException e) {
            throw new DocumentException(Kind.BAD_TEMPLATE, "error.write", Map.of("file", format.extension(),
                    "cause", e.toString()), e);
        }
    }

    /** Writes the tables to {@code file} (see {@link #render(List, FileFormat)}), never half-written. */
    public void write(List<DataTable> tables, FileFormat format, Path file) {
        atomically(render(tables, format), file);
    }

    private static void atomically(byte[] bytes, Path file) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DocumentException(Kind.BAD_TEMPLATE, "error.write", Map.of("file", file.toString(),
                    "cause", e.toString()), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the write failed; nothing more to do
                }
            }
        }
    }

    // ---------------------------------------------------------------- parts

    private OfficeDocument document(OfficeDocument.Kind kind, Organisation org, Issuance issuance,
                                    boolean confidential, String type, String summary, List<Block> body,
                                    String fileName) {
        Locale l = issuance.locale();
        String superior = org.parentId().flatMap(ktgs.organisations()::findOrganisation)
                .map(p -> p.name().toUpperCase(VI)).orElse("");
        LocalDate on = issuance.issuedOn();
        String dateLine = text("dateLine", l, "place", settings.place(), "dd", String.format("%02d",
                on.getDayOfMonth()), "MM", String.format("%02d", on.getMonthValue()), "yyyy",
                Integer.toString(on.getYear()), "month", on.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        Header header = new Header(text("party", l), superior, org.name().toUpperCase(VI), text("star", l),
                text("number", l, "number", issuance.number().format()), dateLine,
                confidential ? text("confidential", l) : "");
        List<String> recipients = new ArrayList<>();
        List<String> to = issuance.recipients();
        if (to.isEmpty()) {
            org.parentId().flatMap(ktgs.organisations()::findOrganisation).ifPresent(p -> recipients.add("- "
                    + p.name() + ","));
        } else {
            to.forEach(r -> recipients.add(r.startsWith("-") ? r : "- " + r));
        }
        recipients.add(text("recipientsArchive", l));
        String signer = issuance.signerName().orElseGet(() -> ktgs.organisations().secretaryOn(org.id(), on)
                .map(m -> m.fullName()).orElse(""));
        Closing closing = new Closing(text("recipients", l), recipients,
                text(org.kind().isCell() ? "onBehalf.cell" : "onBehalf.committee", l), text("signerTitle", l),
                signer);
        return new OfficeDocument(kind, header, type, summary, body, closing, ascii(fileName), l);
    }

    private void bullets(List<Block> body, List<String> lines, Locale l, boolean confidential) {
        if (lines.isEmpty()) {
            body.add(new Paragraph(text("none", l), Style.NORMAL, confidential));
        }
        for (String line : lines) {
            body.add(new Paragraph("- " + line, Style.NORMAL, confidential));
        }
    }

    private String effects(Scorecard c, Locale l) {
        List<String> out = new ArrayList<>();
        c.gates().forEach(g -> out.add(g.text(l)));
        c.quota().forEach(q -> out.add(q.text(l)));
        return out.isEmpty() ? text("classification.noEffects", l) : String.join("\n", out);
    }

    private Organisation readable(Caller caller, OrganisationId id) {
        Organisation org = ktgs.organisations().findOrganisation(id)
                .orElseThrow(() -> notFound("Organisation", id.value().toString()));
        if (!access.allows(caller, Action.READ, id)) {
            throw new DocumentException(Kind.FORBIDDEN, "error.forbidden", Map.of("organisation", org.name()));
        }
        return org;
    }

    private void expectType(Issuance issuance, String... types) {
        if (!Set.of(types).contains(issuance.number().type())) {
            throw new DocumentException(Kind.BAD_INPUT, "error.numberType", Map.of("number",
                    issuance.number().format(), "type", issuance.number().type(), "expected", String.join(", ", types)));
        }
    }

    private String targets(List<Target> targets) {
        return targets.stream().map(this::targetName).collect(Collectors.joining("; "));
    }

    private String targetName(Target t) {
        if (t instanceof Target.OfMember m) {
            return memberName(m.member());
        }
        OrganisationId o = ((Target.OfOrganisation) t).organisation();
        return ktgs.organisations().findOrganisation(o).map(Organisation::name).orElse(o.value().toString());
    }

    private String memberName(MemberId id) {
        return ktgs.organisations().findMember(id).map(m -> m.fullName()).orElse(id.value().toString());
    }

    private String period(ReportingPeriod p, Locale l) {
        String key = switch (p.kind()) {
            case HALF_YEAR -> "report.period.HALF_YEAR." + p.index();
            default -> "report.period." + p.kind().name();
        };
        return text(key, l, "MM", String.format("%02d", p.lastMonth().getMonthValue()), "yyyy",
                Integer.toString(p.year()), "roman", ROMAN[Math.min(p.index(), 4) - 1], "ordinal",
                ORDINAL[Math.min(p.index(), 4) - 1], "month",
                p.lastMonth().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    private String text(String key, Locale l, String... args) {
        return labels.text(key, l, Labels.args(args));
    }

    private static DocumentException notFound(String what, String id) {
        return new DocumentException(Kind.NOT_FOUND, "error.notFound", Map.of("what", what, "id", id));
    }

    static String day(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal fraction) {
        return plain(fraction.multiply(BigDecimal.valueOf(100))) + "%";
    }

    /** Lowercase ASCII letters, digits and hyphens: "Đ" → "d", diacritics dropped. */
    static String ascii(String name) {
        String s = java.text.Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
