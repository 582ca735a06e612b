package vn.ktgs.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ktgs.json.Dataset.ActivityEntry;
import vn.ktgs.json.Dataset.ItemEntry;
import vn.ktgs.json.Dataset.TargetEntry;

/**
 * Ghi bộ dữ liệu: writes a {@link Dataset} as UTF-8 JSON, two-space indented with LF line ends, keys in a fixed
 * order, optional values left out when absent — the same dataset always gives the same bytes. Written as a stream.
 */
public final class DatasetWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DatasetWriter() {
    }

    /** Writes {@code dataset} to {@code out} (not closed). */
    public static void write(Dataset dataset, OutputStream out) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        write(dataset, out, new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter)
                .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));
    }

    /**
     * Writes {@code dataset} to {@code out} (not closed) as one line without white space, ended by a line feed: a
     * line of a bundle in JSON Lines ({@link DatasetReader#readAll}). Keys in the same order as {@link #write}.
     */
    public static void writeLine(Dataset dataset, OutputStream out) {
        write(dataset, out, null);
    }

    private static void write(Dataset dataset, OutputStream out, @Nullable PrettyPrinter printer) {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(printer);
            new DatasetWriter().dataset(g, dataset);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset as a UTF-8 string. */
    public static String toJson(Dataset dataset) {
        var out = new ByteArrayOutputStream();
        write(dataset, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void dataset(JsonGenerator g, Dataset d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", d.schemaVersion());
        g.writeStringField("committee", d.committee());
        g.writeNumberField("year", d.year());
        date(g, "asOf", d.asOf());
        strings(g, "governingDocuments", d.governingDocuments());
        g.writeArrayFieldStart("organisations");
        for (var o : d.organisations()) {
            g.writeStartObject();
            g.writeStringField("code", o.code());
            g.writeStringField("name", o.name());
            g.writeStringField("kind", o.kind().name());
            text(g, "parent", o.parent());
            date(g, "established", o.established());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("members");
        for (var m : d.members()) {
            g.writeStartObject();
            g.writeStringField("code", m.code());
            g.writeStringField("fullName", m.fullName());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("memberships");
        for (var m : d.memberships()) {
            g.writeStartObject();
            g.writeStringField("member", m.member());
            g.writeStringField("cell", m.cell());
            date(g, "from", m.from());
            date(g, "to", m.to());
            g.writeStringField("status", m.status().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("roles");
        for (var r : d.roles()) {
            g.writeStartObject();
            g.writeStringField("member", r.member());
            g.writeStringField("organisation", r.organisation());
            g.writeStringField("role", r.role().name());
            date(g, "from", r.from());
            date(g, "to", r.to());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("assignments");
        for (var a : d.assignments()) {
            g.writeStartObject();
            g.writeStringField("member", a.member());
            g.writeStringField("cell", a.cell());
            date(g, "from", a.from());
            date(g, "to", a.to());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("documents");
        for (var doc : d.documents()) {
            g.writeStartObject();
            g.writeStringField("number", doc.number());
            g.writeStringField("issuer", doc.issuer());
            date(g, "issuedOn", doc.issuedOn());
            g.writeObjectFieldStart("term");
            g.writeStringField("name", doc.term().name());
            date(g, "from", doc.term().from());
            date(g, "to", doc.term().to());
            g.writeEndObject();
            g.writeStringField("title", doc.title());
            text(g, "implements", doc.implementsDocument());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("disseminations");
        for (var s : d.disseminations()) {
            g.writeStartObject();
            g.writeStringField("document", s.document());
            g.writeStringField("cell", s.cell());
            date(g, "heldOn", s.heldOn());
            strings(g, "attendees", s.attendees());
            g.writeStringField("note", s.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("plans");
        for (var p : d.plans()) {
            g.writeStartObject();
            g.writeStringField("organisation", p.organisation());
            g.writeNumberField("year", p.year());
            g.writeStringField("title", p.title());
            date(g, "adoptedOn", p.adoptedOn());
            items(g, p.items());
            g.writeArrayFieldStart("amendments");
            for (var a : p.amendments()) {
                g.writeStartObject();
                date(g, "adoptedOn", a.adoptedOn());
                g.writeStringField("reason", a.reason());
                items(g, a.items());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("activities");
        for (var a : d.activities()) {
            activity(g, a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("reports");
        for (var r : d.reports()) {
            g.writeStartObject();
            g.writeStringField("organisation", r.organisation());
            g.writeStringField("period", r.period());
            date(g, "computedOn", r.computedOn());
            g.writeStringField("narrative", r.narrative());
            g.writeArrayFieldStart("submissions");
            for (var s : r.submissions()) {
                g.writeStartObject();
                date(g, "submittedOn", s.submittedOn());
                date(g, "returnedOn", s.returnedOn());
                text(g, "returnReason", s.returnReason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void items(JsonGenerator g, List<ItemEntry> items) throws IOException {
        g.writeArrayFieldStart("items");
        for (var i : items) {
            g.writeStartObject();
            g.writeStringField("key", i.key());
            g.writeStringField("kind", i.kind().name());
            g.writeStringField("mode", i.mode().name());
            targets(g, "targets", i.targets());
            strings(g, "focus", i.focus());
            g.writeStringField("politicalTask", i.politicalTask());
            g.writeStringField("content", i.content());
            date(g, "from", i.from());
            date(g, "to", i.to());
            g.writeStringField("responsible", i.responsible());
            strings(g, "team", i.team());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void activity(JsonGenerator g, ActivityEntry a) throws IOException {
        g.writeStartObject();
        if (a.planned()) {
            g.writeStringField("planItem", a.planItem());
        } else {
            g.writeStringField("organisation", a.organisation());
            targets(g, "targets", a.targets());
            g.writeStringField("subject", a.subject());
            g.writeStringField("responsible", a.responsible());
        }
        date(g, "notifiedOn", a.notifiedOn());
        g.writeStringField("note", a.note());
        g.writeArrayFieldStart("stages");
        for (var s : a.stages()) {
            g.writeStartObject();
            g.writeStringField("stage", s.stage().name());
            date(g, "on", s.on());
            g.writeStringField("note", s.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (a.conclusion() != null) {
            var c = a.conclusion();
            g.writeObjectFieldStart("conclusion");
            date(g, "on", c.on());
            strings(g, "strengths", c.strengths());
            strings(g, "shortcomings", c.shortcomings());
            g.writeArrayFieldStart("findings");
            for (var f : c.findings()) {
                g.writeStartObject();
                if (f.target() != null) {
                    g.writeFieldName("target");
                    target(g, f.target());
                }
                g.writeStringField("description", f.description());
                g.writeStringField("severity", f.severity().name());
                g.writeBooleanField("disciplineToBeConsidered", f.disciplineToBeConsidered());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("minutes", c.minutes());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("recommendations");
        for (var r : a.recommendations()) {
            g.writeStartObject();
            g.writeStringField("text", r.text());
            if (r.addressee() != null) {
                g.writeFieldName("addressee");
                target(g, r.addressee());
            }
            date(g, "due", r.due());
            date(g, "closedOn", r.closedOn());
            g.writeStringField("followUpNote", r.followUpNote());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("coordinations");
        for (var c : a.coordinations()) {
            g.writeStartObject();
            g.writeStringField("partner", c.partner().name());
            g.writeStringField("partnerName", c.partnerName());
            date(g, "on", c.on());
            g.writeStringField("note", c.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("disciplines");
        for (var x : a.disciplines()) {
            g.writeStartObject();
            g.writeFieldName("target");
            target(g, x.target());
            g.writeStringField("form", x.form().name());
            date(g, "decidedOn", x.decidedOn());
            g.writeStringField("reason", x.reason());
            g.writeStringField("decision", x.decision());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void targets(JsonGenerator g, String field, List<TargetEntry> targets) throws IOException {
        g.writeArrayFieldStart(field);
        for (var t : targets) {
            target(g, t);
        }
        g.writeEndArray();
    }

    private static void target(JsonGenerator g, TargetEntry t) throws IOException {
        g.writeStartObject();
        text(g, "member", t.member());
        text(g, "organisation", t.organisation());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static void date(JsonGenerator g, String field, @Nullable LocalDate day) throws IOException {
        if (day != null) {
            g.writeStringField(field, day.toString());
        }
    }

    private static void text(JsonGenerator g, String field, @Nullable String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
