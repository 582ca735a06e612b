package vn.ktgs.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Texts;
import vn.ktgs.common.Violation;
import vn.ktgs.json.Dataset.ActivityEntry;
import vn.ktgs.json.Dataset.AmendmentEntry;
import vn.ktgs.json.Dataset.AssignmentEntry;
import vn.ktgs.json.Dataset.ConclusionEntry;
import vn.ktgs.json.Dataset.CoordinationEntry;
import vn.ktgs.json.Dataset.DisciplineEntry;
import vn.ktgs.json.Dataset.DisseminationEntry;
import vn.ktgs.json.Dataset.DocumentEntry;
import vn.ktgs.json.Dataset.FindingEntry;
import vn.ktgs.json.Dataset.ItemEntry;
import vn.ktgs.json.Dataset.MemberEntry;
import vn.ktgs.json.Dataset.MembershipEntry;
import vn.ktgs.json.Dataset.OrganisationEntry;
import vn.ktgs.json.Dataset.PlanEntry;
import vn.ktgs.json.Dataset.RecommendationEntry;
import vn.ktgs.json.Dataset.ReportEntry;
import vn.ktgs.json.Dataset.RoleEntry;
import vn.ktgs.json.Dataset.StageEntry;
import vn.ktgs.json.Dataset.SubmissionEntry;
import vn.ktgs.json.Dataset.TargetEntry;
import vn.ktgs.json.Dataset.TermEntry;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.SupervisionMode;

/**
 * Đọc bộ dữ liệu: reads a dataset file strictly, as a stream — one record of a top-level array at a time is held
 * as a JSON tree, so a large file costs the size of its records, not of its text. Every problem is reported with its
 * JSON path ({@code plans[2].items[0].targets[1]}), all at once: invalid UTF-8, a syntax error or duplicate key, a
 * wrong type, a missing or unknown key, an unknown enum value. Codes are not resolved here (that is the importer's
 * replay); the result is the file's content, texts in Unicode NFC.
 */
public final class DatasetReader {

    /** Progress of a long read: called every {@value #PROGRESS_EVERY} records of a section and at its end. */
    @FunctionalInterface
    public interface Progress {
        void read(String section, long records);

        Progress NONE = (s, n) -> { };
    }

    static final int PROGRESS_EVERY = 100_000;
    private static final int MAX_VIOLATIONS = 1_000;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Set<String> HEADER = Set.of("schemaVersion", "committee", "year", "asOf",
            "governingDocuments");
    private static final List<String> SECTIONS = List.of("organisations", "members", "memberships", "roles",
            "assignments", "documents", "disseminations", "plans", "activities", "reports");

    private final List<Violation> violations = new ArrayList<>();
    /** The path of the record being read, for a syntax error. */
    private String where = "";

    private DatasetReader() {
    }

    /**
     * Một tài liệu của gói: one document of a file as read, handed on before the next is read. A file of one
     * document gives one; a bundle (several documents one after another, or a top-level array of documents) gives
     * one a document, in order.
     *
     * @param index the document's place in the file, from 0
     * @param inBundle whether the file is a bundle: then every path carries the document's place, {@code [12].…}
     * @param dataset the dataset, or {@code null} when the document had a problem
     * @param violations every problem of the document, each path already under {@link #prefix()}
     * @param bytesRead how far into the file reading has got
     */
    public record Document(int index, boolean inBundle, @Nullable Dataset dataset, List<Violation> violations,
                           long bytesRead) {

        public Document {
            violations = List.copyOf(violations);
        }

        /** {@code [12]} for the document at index 12 of a bundle; empty for a file of one document. */
        public String prefix() {
            return inBundle ? "[" + index + "]" : "";
        }

        /** {@code v} (a problem found later, by the replay for example) under this document's place. */
        public Violation locate(Violation v) {
            return v.under(prefix());
        }
    }

    /** Reads a dataset; a {@link RejectedException} carries every problem found. */
    public static Dataset read(InputStream in) {
        return read(in, Progress.NONE);
    }

    /** Reads a dataset, telling {@code progress} how far it got. Exactly one document: a bundle is rejected. */
    public static Dataset read(InputStream in, Progress progress) {
        DatasetReader r = new DatasetReader();
        JsonInput input = JsonInput.of(in);
        try (JsonParser p = MAPPER.createParser(input.stream())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new RejectedException(Violation.of("", "ktgs.json.empty"));
            }
            if (first != JsonToken.START_OBJECT) {
                throw new RejectedException(Violation.of("", "ktgs.json.expected", "type", JsonType.OBJECT));
            }
            Dataset d = r.document(p, progress);
            if (p.nextToken() != null) {
                r.violations.add(input.trailing("", p.currentTokenLocation(), false));
            }
            if (d == null || !r.violations.isEmpty()) {
                throw new RejectedException(r.violations);
            }
            return d;
        } catch (IOException e) {
            r.violations.add(input.problem(r.where, e));
            throw new RejectedException(r.violations);
        }
    }

    /** Reads a dataset file or a bundle, handing each document to {@code each}; see {@link #readAll(InputStream,
     * Progress, Consumer)}. */
    public static int readAll(InputStream in, Consumer<Document> each) {
        return readAll(in, Progress.NONE, each);
    }

    /**
     * Reads a file of one dataset document or a bundle of them — documents one after another (JSON Lines, or
     * concatenated with any white space between) or a top-level array of documents — handing each document to
     * {@code each} as soon as it is read, so only one document is held at a time. A document with a problem does
     * not stop the others; a syntax error or invalid UTF-8 does (the place after it cannot be known), and is handed
     * on as the last document. An empty file or empty array is one document with {@code ktgs.json.empty}.
     *
     * @param progress told how far the reading of each document's sections got
     * @return the number of documents handed on
     */
    public static int readAll(InputStream in, Progress progress, Consumer<Document> each) {
        return new Bundle(each).read(in, progress);
    }

    /** The reading of a bundle: where it is, and the reader of the document at hand. */
    private static final class Bundle {
        private final Consumer<Document> each;
        private DatasetReader reader = new DatasetReader();
        private int index;
        private boolean array;
        private long offset;

        Bundle(Consumer<Document> each) {
            this.each = each;
        }

        int read(InputStream in, Progress progress) {
            JsonInput input = JsonInput.of(in);
            try (JsonParser p = MAPPER.createParser(input.stream())) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_ARRAY) {
                    array = true;
                    t = p.nextToken();
                }
                if (t == null || t == JsonToken.END_ARRAY) {
                    reader.violations.add(Violation.of("", "ktgs.json.empty"));
                    hand(null, array);
                    return index;
                }
                while (t != null && t != JsonToken.END_ARRAY) {
                    Dataset d = null;
                    if (t == JsonToken.START_OBJECT) {
                        d = reader.document(p, progress);
                    } else {
                        reader.violations.add(Violation.of("", "ktgs.json.expected", "type", JsonType.OBJECT));
                        p.skipChildren();
                    }
                    offset = p.currentLocation().getByteOffset();
                    DatasetReader read = reader;
                    try {
                        t = p.nextToken();
                    } catch (IOException e) {
                        hand(read, d, true);
                        throw e;
                    }
                    hand(read, d, array || index > 0 || t != null);
                }
                if (array && p.nextToken() != null) {
                    reader.violations.add(input.trailing("", p.currentTokenLocation(), true));
                    hand(null, true);
                }
            } catch (IOException e) {
                reader.violations.add(input.problem(reader.where, e));
                hand(null, array || index > 0);
            }
            return index;
        }

        private void hand(@Nullable Dataset dataset, boolean inBundle) {
            hand(reader, dataset, inBundle);
        }

        /** Hands on what {@code read} read, and starts a fresh reader for the next document. */
        private void hand(DatasetReader read, @Nullable Dataset dataset, boolean inBundle) {
            String prefix = inBundle ? "[" + index + "]" : "";
            each.accept(new Document(index, inBundle, read.violations.isEmpty() ? dataset : null,
                    read.violations.stream().map(v -> v.under(prefix)).toList(), offset));
            index++;
            reader = new DatasetReader();
        }
    }

    /**
     * Reads the document whose {@code START_OBJECT} is the parser's current token, through its {@code END_OBJECT};
     * {@code null} when it had a problem (then in {@link #violations}).
     */
    @SuppressWarnings("unchecked")
    private @Nullable Dataset document(JsonParser p, Progress progress) throws IOException {
        JsonStreamContext outside = p.getParsingContext().getParent();
        var header = MAPPER.createObjectNode();
        List<List<?>> lists = new ArrayList<>();
        for (int i = 0; i < SECTIONS.size(); i++) {
            lists.add(new ArrayList<>());
        }
        boolean[] seen = new boolean[SECTIONS.size()];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            where = key;
            JsonToken t = p.nextToken();
            int section = SECTIONS.indexOf(key);
            if (HEADER.contains(key)) {
                header.set(key, MAPPER.readTree(p));
            } else if (section >= 0) {
                seen[section] = true;
                if (t != JsonToken.START_ARRAY) {
                    violations.add(Violation.of(key, "ktgs.json.expected", "type", JsonType.ARRAY));
                    p.skipChildren();
                    continue;
                }
                long n = 0;
                List<Object> out = (List<Object>) lists.get(section);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String path = key + "[" + n + "]";
                    where = path;
                    JsonNode element = MAPPER.readTree(p);
                    Object entry = element(key, StrictNode.at(element, path, violations));
                    if (entry != null) {
                        out.add(entry);
                    }
                    n++;
                    if (n % PROGRESS_EVERY == 0) {
                        progress.read(key, n);
                    }
                    if (violations.size() > MAX_VIOLATIONS) {
                        violations.add(Violation.of(path, "ktgs.dataset.tooManyErrors", "max", MAX_VIOLATIONS));
                        while (p.getParsingContext() != outside) {
                            p.nextToken();
                        }
                        return null;
                    }
                }
                progress.read(key, n);
            } else {
                violations.add(Violation.of(key, "ktgs.data.unknownKey", "key", key));
                p.skipChildren();
            }
        }
        for (String required : List.of("organisations", "members")) {
            if (!seen[SECTIONS.indexOf(required)]) {
                violations.add(Violation.of(required, "ktgs.data.missingKey"));
            }
        }
        StrictNode h = StrictNode.at(header, "", violations);
        Integer schema = h.integer("schemaVersion");
        if (schema != null && schema != Dataset.SCHEMA_VERSION) {
            violations.clear();
            violations.add(Violation.of("schemaVersion", "ktgs.data.schemaVersion", "found", schema,
                    "supported", Dataset.SCHEMA_VERSION));
            return null;
        }
        String committee = h.text("committee");
        Integer year = h.integer("year");
        LocalDate asOf = h.date("asOf");
        List<String> governing = strings(h, "governingDocuments", false);
        if (!violations.isEmpty()) {
            return null;
        }
        return new Dataset(schema, committee, year, asOf, governing,
                (List<OrganisationEntry>) lists.get(0), (List<MemberEntry>) lists.get(1),
                (List<MembershipEntry>) lists.get(2), (List<RoleEntry>) lists.get(3),
                (List<AssignmentEntry>) lists.get(4), (List<DocumentEntry>) lists.get(5),
                (List<DisseminationEntry>) lists.get(6), (List<PlanEntry>) lists.get(7),
                (List<ActivityEntry>) lists.get(8), (List<ReportEntry>) lists.get(9));
    }

    private @Nullable Object element(String section, StrictNode n) {
        return switch (section) {
            case "organisations" -> checked(n, this::organisation);
            case "members" -> checked(n, this::member);
            case "memberships" -> checked(n, this::membership);
            case "roles" -> checked(n, this::role);
            case "assignments" -> checked(n, this::assignment);
            case "documents" -> checked(n, this::document);
            case "disseminations" -> checked(n, this::dissemination);
            case "plans" -> checked(n, this::plan);
            case "activities" -> checked(n, this::activity);
            case "reports" -> checked(n, this::report);
            default -> throw new IllegalStateException(section);
        };
    }

    /** Reads with {@code f}; {@code null} when the element had any problem (so no half-read record is built). */
    private <T> @Nullable T checked(StrictNode n, Function<StrictNode, @Nullable T> f) {
        int before = violations.size();
        T out = f.apply(n);
        return violations.size() == before ? out : null;
    }

    // ---------------------------------------------------------------- records

    private @Nullable OrganisationEntry organisation(StrictNode n) {
        if (!n.object(Set.of("code", "name", "kind", "parent", "established"))) {
            return null;
        }
        return new OrganisationEntry(n.text("code"), n.text("name"), n.enumValue("kind", OrganisationKind.class),
                n.optionalText("parent"), n.date("established"));
    }

    private @Nullable MemberEntry member(StrictNode n) {
        if (!n.object(Set.of("code", "fullName"))) {
            return null;
        }
        return new MemberEntry(n.text("code"), n.text("fullName"));
    }

    private @Nullable MembershipEntry membership(StrictNode n) {
        if (!n.object(Set.of("member", "cell", "from", "to", "status"))) {
            return null;
        }
        return new MembershipEntry(n.text("member"), n.text("cell"), n.date("from"), n.optionalDate("to"),
                n.enumValue("status", MembershipStatus.class));
    }

    private @Nullable RoleEntry role(StrictNode n) {
        if (!n.object(Set.of("member", "organisation", "role", "from", "to"))) {
            return null;
        }
        return new RoleEntry(n.text("member"), n.text("organisation"), n.enumValue("role", RoleKind.class),
                n.date("from"), n.optionalDate("to"));
    }

    private @Nullable AssignmentEntry assignment(StrictNode n) {
        if (!n.object(Set.of("member", "cell", "from", "to"))) {
            return null;
        }
        return new AssignmentEntry(n.text("member"), n.text("cell"), n.date("from"), n.optionalDate("to"));
    }

    private @Nullable DocumentEntry document(StrictNode n) {
        if (!n.object(Set.of("number", "issuer", "issuedOn", "term", "title", "implements"))) {
            return null;
        }
        String number = n.text("number");
        String issuer = n.text("issuer");
        LocalDate issuedOn = n.date("issuedOn");
        StrictNode t = n.child("term");
        TermEntry term = null;
        if (t.present() && t.object(Set.of("name", "from", "to"))) {
            term = new TermEntry(t.text("name"), t.date("from"), t.date("to"));
        }
        return new DocumentEntry(number, issuer, issuedOn, term, n.text("title"), n.optionalText("implements"));
    }

    private @Nullable DisseminationEntry dissemination(StrictNode n) {
        if (!n.object(Set.of("document", "cell", "heldOn", "attendees", "note"))) {
            return null;
        }
        return new DisseminationEntry(n.text("document"), n.text("cell"), n.date("heldOn"),
                strings(n, "attendees", true), orEmpty(n.optionalText("note")));
    }

    private @Nullable PlanEntry plan(StrictNode n) {
        if (!n.object(Set.of("organisation", "year", "title", "adoptedOn", "items", "amendments"))) {
            return null;
        }
        String organisation = n.text("organisation");
        Integer year = n.integer("year");
        String title = n.text("title");
        LocalDate adoptedOn = n.optionalDate("adoptedOn");
        List<ItemEntry> items = items(n);
        List<AmendmentEntry> amendments = new ArrayList<>();
        for (StrictNode a : optionalArray(n, "amendments")) {
            if (a.object(Set.of("adoptedOn", "reason", "items"))) {
                amendments.add(new AmendmentEntry(a.date("adoptedOn"), a.text("reason"), items(a)));
            }
        }
        return year == null ? null : new PlanEntry(organisation, year, title, adoptedOn, items, amendments);
    }

    private List<ItemEntry> items(StrictNode n) {
        List<ItemEntry> out = new ArrayList<>();
        for (StrictNode i : n.array("items")) {
            if (!i.object(Set.of("key", "kind", "mode", "targets", "focus", "politicalTask", "content", "from",
                    "to", "responsible", "team"))) {
                continue;
            }
            out.add(new ItemEntry(i.text("key"), i.enumValue("kind", ActivityKind.class),
                    i.enumValue("mode", SupervisionMode.class), targets(i, "targets", true), strings(i, "focus", true),
                    i.text("politicalTask"), i.text("content"), i.date("from"), i.date("to"), i.text("responsible"),
                    strings(i, "team", false)));
        }
        return out;
    }

    private @Nullable ActivityEntry activity(StrictNode n) {
        if (!n.object(Set.of("planItem", "organisation", "targets", "subject", "responsible", "notifiedOn", "note",
                "stages", "conclusion", "recommendations", "coordinations", "disciplines"))) {
            return null;
        }
        String planItem = n.optionalText("planItem");
        String organisation = null;
        List<TargetEntry> targets = List.of();
        String subject = null;
        String responsible = null;
        if (planItem != null) {
            for (String key : List.of("organisation", "targets", "subject", "responsible")) {
                if (n.has(key)) {
                    n.violation(key, "ktgs.dataset.activity.fromPlanItem", "key", key);
                }
            }
        } else {
            organisation = n.text("organisation");
            targets = targets(n, "targets", true);
            subject = n.text("subject");
            responsible = n.text("responsible");
        }
        LocalDate notifiedOn = n.date("notifiedOn");
        String note = orEmpty(n.optionalText("note"));
        List<StageEntry> stages = new ArrayList<>();
        for (StrictNode s : optionalArray(n, "stages")) {
            if (s.object(Set.of("stage", "on", "note"))) {
                Stage stage = s.enumValue("stage", Stage.class);
                if (stage == Stage.NOTIFIED || stage == Stage.CONCLUDED) {
                    s.violation("stage", "ktgs.dataset.stage.notListed", "stage", stage, "value", stage.name());
                }
                stages.add(new StageEntry(stage, s.date("on"), orEmpty(s.optionalText("note"))));
            }
        }
        ConclusionEntry conclusion = null;
        if (n.has("conclusion")) {
            StrictNode c = n.child("conclusion");
            if (c.object(Set.of("on", "strengths", "shortcomings", "findings", "minutes"))) {
                List<FindingEntry> findings = new ArrayList<>();
                for (StrictNode f : optionalArray(c, "findings")) {
                    if (f.object(Set.of("target", "description", "severity", "disciplineToBeConsidered"))) {
                        findings.add(new FindingEntry(f.has("target") ? target(f.child("target")) : null,
                                f.text("description"), f.enumValue("severity", Severity.class),
                                Boolean.TRUE.equals(f.bool("disciplineToBeConsidered"))));
                    }
                }
                conclusion = new ConclusionEntry(c.date("on"), strings(c, "strengths", false),
                        strings(c, "shortcomings", false), findings, c.text("minutes"));
            }
        }
        List<RecommendationEntry> recommendations = new ArrayList<>();
        for (StrictNode r : optionalArray(n, "recommendations")) {
            if (r.object(Set.of("text", "addressee", "due", "closedOn", "followUpNote"))) {
                recommendations.add(new RecommendationEntry(r.text("text"),
                        r.has("addressee") ? target(r.child("addressee")) : null, r.date("due"),
                        r.optionalDate("closedOn"), orEmpty(r.optionalText("followUpNote"))));
            }
        }
        List<CoordinationEntry> coordinations = new ArrayList<>();
        for (StrictNode c : optionalArray(n, "coordinations")) {
            if (c.object(Set.of("partner", "partnerName", "on", "note"))) {
                coordinations.add(new CoordinationEntry(c.enumValue("partner", CoordinationPartner.class),
                        c.text("partnerName"), c.date("on"), orEmpty(c.optionalText("note"))));
            }
        }
        List<DisciplineEntry> disciplines = new ArrayList<>();
        for (StrictNode d : optionalArray(n, "disciplines")) {
            if (d.object(Set.of("target", "form", "decidedOn", "reason", "decision"))) {
                disciplines.add(new DisciplineEntry(target(d.child("target")),
                        d.enumValue("form", DisciplineForm.class), d.date("decidedOn"), d.text("reason"),
                        d.text("decision")));
            }
        }
        return new ActivityEntry(planItem, organisation, targets, subject, responsible, notifiedOn, note, stages,
                conclusion, recommendations, coordinations, disciplines);
    }

    private @Nullable ReportEntry report(StrictNode n) {
        if (!n.object(Set.of("organisation", "period", "computedOn", "narrative", "submissions"))) {
            return null;
        }
        List<SubmissionEntry> submissions = new ArrayList<>();
        for (StrictNode s : optionalArray(n, "submissions")) {
            if (s.object(Set.of("submittedOn", "returnedOn", "returnReason"))) {
                LocalDate returnedOn = s.optionalDate("returnedOn");
                String reason = s.optionalText("returnReason");
                if ((returnedOn == null) != (reason == null)) {
                    s.violation(returnedOn == null ? "returnedOn" : "returnReason", "ktgs.data.missingKey");
                }
                submissions.add(new SubmissionEntry(s.date("submittedOn"), returnedOn, reason));
            }
        }
        return new ReportEntry(n.text("organisation"), n.text("period"), n.date("computedOn"),
                orEmpty(n.optionalText("narrative")), submissions);
    }

    // ---------------------------------------------------------------- helpers

    private List<TargetEntry> targets(StrictNode n, String key, boolean required) {
        List<TargetEntry> out = new ArrayList<>();
        for (StrictNode t : required ? n.array(key) : optionalArray(n, key)) {
            TargetEntry e = target(t);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private @Nullable TargetEntry target(StrictNode t) {
        if (!t.present() || !t.object(Set.of("member", "organisation"))) {
            return null;
        }
        String member = t.optionalText("member");
        String organisation = t.optionalText("organisation");
        if ((member == null) == (organisation == null)) {
            t.violation("", "ktgs.dataset.target.exactlyOne");
            return null;
        }
        return new TargetEntry(member, organisation);
    }

    private List<String> strings(StrictNode n, String key, boolean required) {
        List<String> out = new ArrayList<>();
        for (StrictNode s : required ? n.array(key) : optionalArray(n, key)) {
            String text = s.asText();
            if (text != null && !Texts.isValid(text)) {
                s.violation("", "ktgs.text.invalid");
            } else if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    private static List<StrictNode> optionalArray(StrictNode n, String key) {
        return n.has(key) ? n.array(key) : List.of();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
