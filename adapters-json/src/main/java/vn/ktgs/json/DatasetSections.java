package vn.ktgs.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.Stage;
import vn.ktgs.common.Texts;
import vn.ktgs.common.Violation;
import vn.ktgs.json.Dataset.ActivityEntry;
import vn.ktgs.json.Dataset.AssignmentEntry;
import vn.ktgs.json.Dataset.DisseminationEntry;
import vn.ktgs.json.Dataset.DocumentEntry;
import vn.ktgs.json.Dataset.MemberEntry;
import vn.ktgs.json.Dataset.MembershipEntry;
import vn.ktgs.json.Dataset.OrganisationEntry;
import vn.ktgs.json.Dataset.PlanEntry;
import vn.ktgs.json.Dataset.ReportEntry;
import vn.ktgs.json.Dataset.RoleEntry;

/**
 * Các phần của bộ dữ liệu: the ten sections of the dataset format and how one record of a section is read. Where a
 * field is read: the component of its record in {@link Dataset} (bound by Jackson databind, by name). Where its rule
 * is checked: {@code dataset.schema.json} (structure, types, allowed values, dates, codes — through
 * {@link StrictSchema}), or, for the few rules that join two fields of a record, {@link #rules} below. What a record
 * means for the others (a code that must exist, a day after {@code asOf}) is the importer's replay.
 *
 * <p>A record is read in four steps: {@code null} values are taken as absent; texts are checked (no control
 * characters, no lone surrogates) and normalised to Unicode NFC; the record is checked against its section's part
 * of the schema; only a record without problems is bound, so no half-read record is built.
 */
final class DatasetSections {

    /** One section: its key in the document, its record type, and the rules joining two fields of a record. */
    record Section<T>(String key, Class<T> type, BiConsumer<T, Rules> rules) {
    }

    static final List<Section<?>> ALL = List.of(
            new Section<>("organisations", OrganisationEntry.class, none()),
            new Section<>("members", MemberEntry.class, none()),
            new Section<>("memberships", MembershipEntry.class, none()),
            new Section<>("roles", RoleEntry.class, none()),
            new Section<>("assignments", AssignmentEntry.class, none()),
            new Section<>("documents", DocumentEntry.class, none()),
            new Section<>("disseminations", DisseminationEntry.class, none()),
            new Section<>("plans", PlanEntry.class, none()),
            new Section<>("activities", ActivityEntry.class, DatasetSections::activity),
            new Section<>("reports", ReportEntry.class, DatasetSections::report));

    static final StrictSchema SCHEMA = StrictSchema.load(Dataset.SCHEMA_RESOURCE);

    /** Strict binding: no coercion of scalars, unknown keys refused (the schema refuses them first). */
    static final JsonMapper BINDER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private static final Map<String, StrictSchema.Part> PARTS = parts();

    private DatasetSections() {
    }

    private static Map<String, StrictSchema.Part> parts() {
        var out = new java.util.HashMap<String, StrictSchema.Part>();
        for (Section<?> s : ALL) {
            out.put(s.key(), SCHEMA.part("/properties/" + s.key() + "/items"));
        }
        return Map.copyOf(out);
    }

    static int index(String key) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads one record of {@code section} at {@code path}; {@code null} when it had a problem (then in {@code out}). */
    static <T> @Nullable T read(Section<T> section, JsonNode node, String path, List<Violation> out) {
        int before = out.size();
        prepare(node, path, out);
        if (out.size() > before || !PARTS.get(section.key()).check(node, path, out)) {
            return null;
        }
        T entry;
        try {
            entry = BINDER.treeToValue(node, section.type());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the schema admitted what the records refuse: say where, never build half a record
            out.add(Violation.of(path, "ktgs.json.notBound"));
            return null;
        }
        section.rules().accept(entry, new Rules(path, out));
        return out.size() > before ? null : entry;
    }

    /**
     * Takes {@code null} values of an object as absent, checks every text and normalises it to NFC, in place.
     * (Elements of an array that are {@code null} stay, for the schema to refuse.)
     */
    static void prepare(JsonNode node, String path, List<Violation> out) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (v.isNull()) {
                    it.remove();
                } else if (v.isTextual()) {
                    String text = text(v.textValue(), at, out);
                    if (text != null && !text.equals(v.textValue())) {
                        e.setValue(TextNode.valueOf(text));
                    }
                } else {
                    prepare(v, at, out);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                String at = path + "[" + i + "]";
                if (v.isTextual()) {
                    String text = text(v.textValue(), at, out);
                    if (text != null && !text.equals(v.textValue())) {
                        a.set(i, TextNode.valueOf(text));
                    }
                } else {
                    prepare(v, at, out);
                }
            }
        }
    }

    private static @Nullable String text(String s, String at, List<Violation> out) {
        if (!Texts.isValid(s)) {
            out.add(Violation.of(at, "ktgs.text.invalid"));
            return null;
        }
        return Texts.nfc(s);
    }

    // ---------------------------------------------------------------- rules joining two fields of a record

    /** Where the rules of a record report: the record's path and the problems found so far. */
    record Rules(String path, List<Violation> out) {
        void violation(String key, String rule, Object... args) {
            out.add(Violation.of(key.isEmpty() ? path : path + "." + key, rule, args));
        }
    }

    private static <T> BiConsumer<T, Rules> none() {
        return (entry, rules) -> { };
    }

    /** A record carrying out a plan item takes its organisation, targets, subject and responsible from the item. */
    private static void activity(ActivityEntry a, Rules r) {
        if (a.planItem() != null) {
            if (a.organisation() != null) {
                r.violation("organisation", "ktgs.dataset.activity.fromPlanItem", "key", "organisation");
            }
            if (!a.targets().isEmpty()) {
                r.violation("targets", "ktgs.dataset.activity.fromPlanItem", "key", "targets");
            }
            if (a.subject() != null) {
                r.violation("subject", "ktgs.dataset.activity.fromPlanItem", "key", "subject");
            }
            if (a.responsible() != null) {
                r.violation("responsible", "ktgs.dataset.activity.fromPlanItem", "key", "responsible");
            }
        } else {
            for (String key : List.of("organisation", "subject", "responsible")) {
                if (missing(a, key)) {
                    r.violation(key, "ktgs.data.missingKey");
                }
            }
        }
        for (int i = 0; i < a.stages().size(); i++) {
            Stage stage = a.stages().get(i).stage();
            if (stage == Stage.NOTIFIED || stage == Stage.CONCLUDED) {
                r.violation("stages[" + i + "].stage", "ktgs.dataset.stage.notListed", "stage", stage, "value",
                        stage.name());
            }
        }
    }

    private static boolean missing(ActivityEntry a, String key) {
        return switch (key) {
            case "organisation" -> a.organisation() == null;
            case "subject" -> a.subject() == null;
            default -> a.responsible() == null;
        };
    }

    /** A returned submission names both the day it was returned and why. */
    private static void report(ReportEntry report, Rules r) {
        for (int i = 0; i < report.submissions().size(); i++) {
            var s = report.submissions().get(i);
            if ((s.returnedOn() == null) != (s.returnReason() == null)) {
                r.violation("submissions[" + i + "]." + (s.returnedOn() == null ? "returnedOn" : "returnReason"),
                        "ktgs.data.missingKey");
            }
        }
    }
}
