package vn.ktgs.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.common.Messages;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.SupervisionMode;

/**
 * Tra cứu định dạng bộ dữ liệu: writes the reference of the dataset format ({@code docs/dataset-reference.md})
 * from the JSON Schema, so that the two cannot drift — every field with its type, whether it is required, its rule
 * (the schema's {@code enum}, {@code pattern}, {@code minLength}, bounds, and the rule the importer checks on
 * replay, {@code x-import-rule}), an example ({@code examples}) and its description, in English
 * ({@code description}) and Vietnamese ({@code x-description-vi}); the values of an enum that lists constants of
 * a core enum are shown with their labels in both languages.
 *
 * <p>{@link DatasetReferenceTest} fails when the committed file differs from what the schema generates, or when a
 * property lacks a description in either language or (for a value that is not an object) an example. Regenerate:
 * {@code java -cp <adapters-json test classpath> vn.ktgs.json.DatasetReference} from {@code adapters-json}, or as
 * the module's README says.
 */
final class DatasetReference {

    /** The committed reference, from the module's directory. */
    static final Path FILE = Path.of("docs", "dataset-reference.md");
    /** The schema, from the module's directory, as the reference links it. */
    static final String SCHEMA_LINK = "../src/main/resources/vn/ktgs/json/dataset.schema.json";
    /** The project's domain guide, from {@code docs/}. */
    static final String DOMAIN_LINK = "../../docs/domain.md";

    private final JsonNode root;

    DatasetReference(JsonNode root) {
        this.root = root;
    }

    /** The shipped schema. */
    static DatasetReference shipped() {
        try (InputStream in = DatasetReference.class.getResourceAsStream(Dataset.SCHEMA_RESOURCE)) {
            return new DatasetReference(new JsonMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : FILE;
        Files.writeString(out, shipped().markdown(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    // ---------------------------------------------------------------- completeness

    /** Every property lacking a description in either language, or an example where it holds a value. */
    List<String> gaps() {
        List<String> out = new ArrayList<>();
        gaps(root, "", out);
        root.path("$defs").fields().forEachRemaining(d -> gaps(d.getValue(), "$defs/" + d.getKey(), out));
        return out;
    }

    private void gaps(JsonNode schema, String path, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            var p = it.next();
            String at = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
            JsonNode s = p.getValue();
            for (String k : List.of("description", "x-description-vi")) {
                if (!s.path(k).isTextual() || s.path(k).asText().isBlank()) {
                    out.add(at + ": no " + k);
                }
            }
            if (s.has("x-import-rule") != s.has("x-import-rule-vi")) {
                out.add(at + ": x-import-rule in one language only");
            }
            if (!holdsObjects(s) && !(s.path("examples").isArray() && !s.path("examples").isEmpty())) {
                out.add(at + ": no examples");
            }
            gaps(s, at, out);
            if (s.path("items").has("properties")) {
                gaps(s.path("items"), at + "[]", out);
            }
        }
    }

    /** Whether a value of {@code s} is an object or an array of objects (described by its own section). */
    private boolean holdsObjects(JsonNode s) {
        JsonNode r = resolve(s);
        JsonNode items = resolve(r.path("items"));
        return isObject(r) || "array".equals(r.path("type").asText()) && isObject(items);
    }

    private static boolean isObject(JsonNode s) {
        return "object".equals(s.path("type").asText()) || s.has("oneOf") || s.has("properties");
    }

    private JsonNode resolve(JsonNode s) {
        String ref = s.path("$ref").asText("");
        return ref.startsWith("#/$defs/") ? root.path("$defs").path(ref.substring("#/$defs/".length())) : s;
    }

    private static String defName(JsonNode s) {
        String ref = s.path("$ref").asText("");
        return ref.startsWith("#/$defs/") ? ref.substring("#/$defs/".length()) : null;
    }

    private static String keys(JsonNode names) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add("`" + n.asText() + "`"));
        return String.join(", ", out);
    }

    // ---------------------------------------------------------------- the document

    /**
     * A section to write: its anchor, its title, the object schema whose properties it lists, and the schema that
     * describes it (the property holding the object, or the definition).
     */
    private record Section(String anchor, String title, JsonNode schema, JsonNode about) {
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Dataset format reference — Tra cứu định dạng bộ dữ liệu\n\n");
        md.append("<!-- Generated from the JSON Schema by DatasetReference (adapters-json tests); do not edit by hand."
                + " -->\n\n");
        md.append("Schema version ").append(root.path("properties").path("schemaVersion").path("enum").path(0))
                .append(" — [`dataset.schema.json`](").append(SCHEMA_LINK).append(") (JSON Schema draft 2020-12,"
                        + " `Dataset.SCHEMA_RESOURCE` in the jar). This page is generated from the schema; to change a"
                        + " field's description, rule or example, edit the schema and regenerate the page (see"
                        + " [the module's README](../README.md#the-dataset-reference)).\n\n");
        md.append("*Trang này được sinh từ lược đồ JSON; muốn sửa mô tả, quy tắc hay ví dụ của một trường thì sửa lược"
                + " đồ rồi sinh lại trang.*\n\n");
        md.append(root.path("description").asText()).append("\n\n");
        md.append("*").append(root.path("x-description-vi").asText()).append("*\n\n");
        md.append("S1–S9 name the points of Plan 65-KH/ĐU that a field serves, as the [domain guide](")
                .append(DOMAIN_LINK).append(") lists them; it also explains the domain words used here. — *S1–S9 là"
                        + " các điểm của Kế hoạch 65-KH/ĐU mà trường phục vụ, theo [hướng dẫn nghiệp vụ](")
                .append(DOMAIN_LINK).append(").*\n\n");
        md.append("Columns: **Required** — the key must be present; **Rule** — what the schema checks (enum, pattern,"
                + " length, bounds) and, after *On import*, the rule checked when the file is read and its records"
                + " replayed through the library's services, with its message key; **Example** — a value as it appears in a file.\n\n");
        md.append("*Các cột: **Bắt buộc** — phải có khóa này; **Quy tắc** — điều lược đồ kiểm tra (giá trị cho phép,"
                + " mẫu, độ dài, giới hạn) và, sau “Khi nạp”, quy tắc được kiểm tra khi đọc tệp và ghi lại các bản"
                + " ghi qua các dịch vụ của thư viện, kèm mã thông điệp; **Ví dụ** — một giá trị như trong tệp.*\n\n");

        Deque<Section> todo = new ArrayDeque<>();
        Set<String> queued = new LinkedHashSet<>();
        todo.add(new Section("top-level", "Top level — Cấp ngoài cùng", root, root));
        List<Section> written = new ArrayList<>();
        while (!todo.isEmpty()) {
            Section s = todo.poll();
            written.add(s);
            md.append("<a id=\"").append(s.anchor()).append("\"></a>\n\n## ").append(s.title()).append("\n\n");
            if (s.about() != root) {
                md.append(s.about().path("description").asText()).append("<br>*")
                        .append(s.about().path("x-description-vi").asText()).append("*\n\n");
            }
            if (s.schema().has("oneOf")) {
                md.append("Exactly one of the keys below. — *Đúng một trong các khóa dưới đây.*\n\n");
            }
            md.append("| Field — Trường | Type — Kiểu | Required — Bắt buộc | Rule — Quy tắc | Example — Ví dụ |"
                    + " Description — Mô tả |\n|---|---|---|---|---|---|\n");
            Set<String> required = new LinkedHashSet<>();
            s.schema().path("required").forEach(r -> required.add(r.asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = s.schema().path("properties").fields(); it.hasNext(); ) {
                var p = it.next();
                String path = s.anchor().equals("top-level") ? p.getKey() : s.anchor() + "-" + p.getKey();
                row(md, p.getKey(), p.getValue(), required.contains(p.getKey()), path, s.title(), todo, queued);
            }
            md.append('\n');
            if (s.schema().has("if")) {
                String when = keys(s.schema().path("if").path("required"));
                String without = keys(s.schema().path("else").path("required"));
                md.append("With ").append(when).append(", the keys ").append(without)
                        .append(" are not given (they come from what ").append(when)
                        .append(" names); without it, they are required. — *Có ").append(when).append(" thì không ghi ")
                        .append(without).append(" (lấy từ nội dung mà ").append(when)
                        .append(" chỉ tới); không có thì bắt buộc phải ghi.*\n\n");
            }
        }
        return md.toString();
    }

    private void row(StringBuilder md, String key, JsonNode p, boolean required, String anchor, String parentTitle,
                     Deque<Section> todo, Set<String> queued) {
        md.append("| `").append(key).append("` | ").append(type(p, anchor, parentTitle, key, todo, queued))
                .append(" | ").append(required ? "yes — có" : "no — không").append(" | ")
                .append(rule(p)).append(" | ").append(example(p)).append(" | ")
                .append(cell(p.path("description").asText())).append("<br>*")
                .append(cell(p.path("x-description-vi").asText())).append("* |\n");
    }

    /** The type, linking to (and queueing) the section of an object or an array of objects. */
    private String type(JsonNode p, String anchor, String parentTitle, String key, Deque<Section> todo,
                        Set<String> queued) {
        String def = defName(p);
        JsonNode r = resolve(p);
        if (def != null) {
            return switch (def) {
                case "date" -> "date (string)";
                case "code" -> "code (string)";
                default -> link(def, r, todo, queued);
            };
        }
        String type = r.path("type").asText();
        if ("array".equals(type)) {
            JsonNode items = r.path("items");
            String itemDef = defName(items);
            if (itemDef != null) {
                return "array of " + ("date".equals(itemDef) || "code".equals(itemDef) ? itemDef + " (string)"
                        : link(itemDef, resolve(items), todo, queued));
            }
            if (isObject(items)) {
                return "array of " + section(anchor, title(parentTitle, key + "[]"), items, p, todo, queued);
            }
            return "array of " + items.path("type").asText();
        }
        if (isObject(r)) {
            return section(anchor, title(parentTitle, key), r, p, todo, queued);
        }
        return type;
    }

    private static String title(String parentTitle, String key) {
        String parent = parentTitle.startsWith("Top level") ? "" : parentTitle.replace("`", "") + ".";
        return "`" + parent + key + "`";
    }

    private String link(String def, JsonNode schema, Deque<Section> todo, Set<String> queued) {
        String anchor = "def-" + def;
        String name = "item".equals(def) ? "plan item" : def;
        return section(anchor, "`$defs/" + def + "` — " + name, schema, schema, todo, queued).replace("object", name);
    }

    private static String section(String anchor, String title, JsonNode schema, JsonNode about,
                                  Deque<Section> todo, Set<String> queued) {
        if (queued.add(anchor)) {
            todo.add(new Section(anchor, title, schema, about));
        }
        return "[object](#" + anchor + ")";
    }

    /** What the schema checks, then the rule checked on import, each in both languages. */
    private String rule(JsonNode p) {
        List<String> parts = new ArrayList<>();
        constraints(resolve(p), parts, "");
        if ("array".equals(resolve(p).path("type").asText()) && !isObject(resolve(resolve(p).path("items")))) {
            constraints(resolve(resolve(p).path("items")), parts, "each: ");
        }
        if (p.has("x-import-rule")) {
            parts.add("*On import:* " + cell(p.path("x-import-rule").asText()) + "<br>*Khi nạp: "
                    + cell(p.path("x-import-rule-vi").asText()) + "*");
        }
        return parts.isEmpty() ? "—" : String.join("<br>", parts);
    }

    /** The enums of the core whose constants a schema's enum may list; each value is shown with its labels. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(OrganisationKind.class,
            MembershipStatus.class, RoleKind.class, ActivityKind.class, SupervisionMode.class, Stage.class,
            Severity.class, CoordinationPartner.class, DisciplineForm.class);

    private static void constraints(JsonNode s, List<String> parts, String prefix) {
        if (s.has("enum")) {
            List<String> names = new ArrayList<>();
            s.path("enum").forEach(e -> names.add(e.isTextual() ? e.asText() : e.toString()));
            Class<? extends Enum<?>> labelled = LABELLED.stream().filter(c -> constants(c).keySet()
                    .containsAll(names)).findFirst().orElse(null);
            List<String> values = new ArrayList<>();
            for (String name : names) {
                values.add("`" + name + "`" + (labelled == null ? "" : " (" + Messages.label(
                        constants(labelled).get(name), Locale.ENGLISH) + " — *" + Messages.label(
                        constants(labelled).get(name), Messages.VIETNAMESE) + "*)"));
            }
            parts.add(prefix + "one of — một trong: " + String.join(", ", values));
        }
        if (s.has("pattern")) {
            parts.add(prefix + "pattern — mẫu: `" + s.path("pattern").asText().replace("|", "\\|") + "`");
        }
        if (s.has("minLength")) {
            int n = s.path("minLength").asInt();
            parts.add(prefix + "at least " + n + " character" + (n == 1 ? "" : "s") + " — ít nhất " + n + " ký tự");
        }
        if (s.has("minimum") || s.has("maximum")) {
            parts.add(prefix + (s.has("minimum") ? s.path("minimum").asText() + " ≤ " : "") + "value — giá trị"
                    + (s.has("maximum") ? " ≤ " + s.path("maximum").asText() : ""));
        }
    }

    private static Map<String, Enum<?>> constants(Class<? extends Enum<?>> type) {
        Map<String, Enum<?>> out = new java.util.LinkedHashMap<>();
        for (Enum<?> e : type.getEnumConstants()) {
            out.put(e.name(), e);
        }
        return out;
    }

    private static String example(JsonNode p) {
        JsonNode e = p.path("examples").path(0);
        return e.isMissingNode() ? "—" : "`" + e.toString().replace("|", "\\|") + "`";
    }

    /** Text made safe for a table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
