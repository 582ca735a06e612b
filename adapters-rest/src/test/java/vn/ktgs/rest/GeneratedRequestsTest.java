package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static vn.ktgs.rest.LiveServer.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import vn.ktgs.rest.LiveServer.Reply;

/**
 * Requests generated from the served OpenAPI document with QuickTheories. For every operation, bodies are built from
 * its request schema (every property of its type, optional ones present or not, nullable ones sometimes null, enum
 * values, Vietnamese text with diacritics), the fields the business rules tie to the state (ids, dates, the next
 * stage, a target of the cell) are set from a fresh state made for each request, and the request is sent as a caller
 * who may make it: each must answer 2xx. Then valid requests are mutated (a field of another type, a missing or
 * unknown field, values out of bounds, bytes that are not UTF-8, broken JSON, other media types, bad or missing
 * {@code If-Match} and {@code Idempotency-Key}, other callers, ids and query parameters that name nothing, another
 * method): none may answer 5xx, and every refusal is a problem document (and the refusals met are of many kinds).
 */
class GeneratedRequestsTest {

    static LiveServer s;
    static HttpSeed seed;
    static JsonNode doc;
    static Base base;
    static final AtomicInteger COUNTER = new AtomicInteger();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final LocalDate FOUNDED = LocalDate.of(2020, 10, 1);

    /** Resources of the seed that reads name: a cell's plan, record, dissemination and report. */
    record Base(UUID plan, UUID activity, UUID dissemination, UUID report) {
    }

    /** A request on the wire: method, path with query, headers, body bytes (null: none). */
    record Raw(String method, String path, List<String> headers, byte @Nullable [] body) {
        Raw with(UnaryOperator<List<String>> headers) {
            return new Raw(method, path, headers.apply(new ArrayList<>(this.headers)), body);
        }

        Raw body(byte @Nullable [] bytes) {
            return new Raw(method, path, headers, bytes);
        }

        Raw path(String p) {
            return new Raw(method, p, headers, body);
        }
    }

    /** A fresh cell under the committee: its secretary (also deputy's writer), deputy and two plain members. */
    record Cell(UUID id, UUID secretary, UUID deputy, UUID m3, UUID m4) {
    }

    /** How a valid request of one operation is made: fresh state, then the generated body set to it. */
    interface Valid {
        Raw make(@Nullable ObjectNode body, Map<String, String> query);
    }

    /** An operation of the document: method, path template, the schema of its body (or null), its query names. */
    record Operation(String method, String template, @Nullable String bodySchema, List<String> query) {
        String key() {
            return method + " " + template;
        }
    }

    static final Map<String, Valid> VALID = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        s = new LiveServer();
        seed = HttpSeed.load(s);
        doc = s.anonymous().get("/openapi.json").ok(200).json();
        base = base();
        valid();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    // ------------------------------------------------------------------ the operations and their schemas

    static List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.get("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> op = m.next();
                String ref = op.getValue().at("/requestBody/content/application~1json/schema/$ref").asText(null);
                List<String> query = new ArrayList<>();
                op.getValue().path("parameters").forEach(x -> {
                    if (x.path("in").asText().equals("query")) {
                        query.add(x.path("name").asText());
                    }
                });
                out.add(new Operation(op.getKey().toUpperCase(), path.getKey(),
                        ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1), query));
            }
        }
        return out;
    }

    static JsonNode schema(String name) {
        return doc.get("components").get("schemas").get(name);
    }

    static final List<String> WORDS = List.of("Chi bộ", "đảng viên", "kiểm tra", "giám sát", "nêu gương", "thẩm định",
            "hồ sơ", "dự án", "Ưng", "Ấn", "Đức", "Hằng", "Ổn", "Ẩn", "nhiệm vụ", "chính trị", "khắc phục",
            "kết luận", "quý", "năm 2025", "Phạm Thị Hồng Nhung", "đoàn thể", "thanh tra");

    /** Non-blank Vietnamese text of one to six words. */
    static Gen<String> text() {
        return SourceDSL.lists().of(Generate.pick(WORDS)).ofSizeBetween(1, 6).map(w -> String.join(" ", w));
    }

    /** A value for {@code schema}: of its type; an object's optional properties present or not. */
    static Gen<JsonNode> value(JsonNode schema) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return value(schema(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        if (schema.has("oneOf")) {
            JsonNode first = schema.get("oneOf").get(0);
            return Generate.booleans().flatMap(b -> b ? value(first) : Generate.constant(f.nullNode()));
        }
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return Generate.pick(values);
        }
        JsonNode type = schema.path("type");
        boolean nullable = type.isArray() && type.toString().contains("\"null\"");
        String t = type.isArray() ? type.get(0).asText() : type.asText();
        Gen<JsonNode> g = switch (t) {
            case "object" -> object(schema);
            case "array" -> SourceDSL.lists().of(value(schema.get("items"))).ofSizeBetween(0, 2).map(l -> {
                ArrayNode a = f.arrayNode();
                l.forEach(a::add);
                return (JsonNode) a;
            });
            case "integer" -> Generate.range(0, 3000).map(i -> (JsonNode) f.numberNode(i));
            case "boolean" -> Generate.booleans().map(b -> (JsonNode) f.booleanNode(b));
            default -> switch (schema.path("format").asText()) {
                case "uuid" -> Generate.constant(() -> (JsonNode) f.textNode(UUID.randomUUID().toString()));
                case "date" -> Generate.range(0, 364).map(d -> (JsonNode) f.textNode(
                        LocalDate.of(2025, 1, 1).plusDays(d).toString()));
                default -> text().map(x -> (JsonNode) f.textNode(x));
            };
        };
        return nullable ? Generate.range(0, 2).flatMap(i -> i == 0 ? Generate.constant(f.nullNode()) : g) : g;
    }

    static Gen<JsonNode> object(JsonNode schema) {
        Gen<ObjectNode> g = Generate.constant(JsonNodeFactory.instance::objectNode);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> prop = p.next();
            Gen<JsonNode> v = value(prop.getValue());
            boolean must = required.contains(prop.getKey());
            g = g.zip(Generate.booleans(), v, (o, present, x) -> {
                ObjectNode copy = o.deepCopy();
                if (must || present) {
                    copy.set(prop.getKey(), x);
                }
                return copy;
            });
        }
        return g.map(o -> (JsonNode) o);
    }

    /** Optional query parameters of a read: each present or not, with a value of the scenario. */
    static Gen<Map<String, String>> query(Operation op) {
        Gen<Map<String, String>> g = Generate.constant(LinkedHashMap::new);
        for (String name : op.query()) {
            Gen<String> v = switch (name) {
                case "page" -> Generate.range(0, 2).map(i -> String.valueOf(i));
                case "size" -> Generate.range(1, 500).map(i -> String.valueOf(i));
                case "on" -> Generate.range(0, 700).map(d -> LocalDate.of(2024, 6, 1).plusDays(d).toString());
                case "period" -> Generate.pick(List.of("2025-Q1", "2025-M03", "2025-H1", "2025", "2025-9M", "2024-Q4"));
                case "year" -> Generate.range(2024, 2026).map(i -> String.valueOf(i));
                case "organisation" -> Generate.pick(List.of(seed.cells.get(0).toString(), seed.committee.toString()));
                case "document" -> Generate.pick(List.of(seed.plan65.toString(), seed.resolution.toString()));
                case "cell" -> Generate.pick(List.of(seed.cells.get(0).toString(), seed.cells.get(1).toString()));
                // a document's number and day: a JSON read ignores them
                case "number" -> Generate.pick(List.of("12-BC/CB", "05-TB/CB", "03-KH/CB", "20-BC/ĐU"));
                case "issuedOn" -> Generate.range(0, 700).map(d -> LocalDate.of(2024, 6, 1).plusDays(d).toString());
                default -> throw new AssertionError("no values for query parameter " + name + " of " + op.key());
            };
            g = g.zip(Generate.booleans(), v, (m, present, x) -> {
                Map<String, String> copy = new LinkedHashMap<>(m);
                if (present) {
                    copy.put(name, x);
                }
                return copy;
            });
        }
        return g;
    }

    static Gen<@Nullable ObjectNode> body(Operation op) {
        return op.bodySchema() == null ? Generate.constant(() -> null)
                : value(schema(op.bodySchema())).map(n -> (ObjectNode) n);
    }

    // ------------------------------------------------------------------ the state each request needs

    static Base base() {
        var sec = s.as(seed.secretary(0));
        UUID cell = seed.cells.get(0);
        s.clock.set(LocalDate.of(2024, 10, 21));
        UUID dissemination = sec.post("/documents/" + seed.plan65 + "/disseminations", obj("cell", cell,
                "heldOn", "2024-10-21", "attendees", List.of(seed.member(0, 2).toString()), "note", "Sinh hoạt"))
                .ok(201).id();
        s.clock.set(LocalDate.of(2025, 1, 7));
        Reply draft = sec.post("/plans", seed.draftBody(0)).ok(201);
        s.clock.set(LocalDate.of(2025, 1, 10));
        Reply plan = sec.post("/plans/" + draft.id() + "/adoption", obj("adoptedOn", "2025-01-10"), "If-Match",
                draft.etag()).ok(200);
        s.clock.set(LocalDate.of(2025, 2, 3));
        UUID activity = sec.post("/activities", obj("plan", plan.id(), "item",
                plan.json().get("items").get(0).get("id").asText(), "notifiedOn", "2025-02-03")).ok(201).id();
        s.clock.set(LocalDate.of(2025, 4, 7));
        UUID report = sec.post("/reports", obj("organisation", cell, "period", "2025-Q1", "narrative", "Quý I"))
                .ok(201).id();
        return new Base(plan.id(), activity, dissemination, report);
    }

    static int next() {
        return COUNTER.incrementAndGet();
    }

    static Reply etagged(UUID member) {
        return s.admin().get("/members/" + member).ok(200);
    }

    static UUID member(UUID cell, MembershipStatusText status, LocalDate from) {
        var admin = s.admin();
        int n = next();
        Reply m = admin.post("/members", obj("code", "G" + n, "fullName", "Đảng viên sinh số " + n)).ok(201);
        admin.post("/members/" + m.id() + "/memberships", obj("cell", cell, "from", from.toString(), "status",
                status.name()), "If-Match", m.etag()).ok(200);
        return m.id();
    }

    enum MembershipStatusText { FULL, PROBATIONARY }

    static void appoint(UUID member, UUID organisation, String role) {
        s.admin().post("/members/" + member + "/roles", obj("organisation", organisation, "role", role,
                "from", FOUNDED.toString()), "If-Match", etagged(member).etag()).ok(200);
    }

    /** A new cell with four full members, its secretary and deputy appointed (clock on 1 June 2024). */
    static Cell cell() {
        s.clock.set(LocalDate.of(2024, 6, 1));
        int n = next();
        UUID id = s.admin().post("/organisations", obj("code", "CB-G" + n, "name", "Chi bộ sinh số " + n,
                "kind", "SUBORDINATE_CELL", "parent", seed.committee, "established", FOUNDED.toString())).ok(201).id();
        UUID[] m = new UUID[4];
        for (int i = 0; i < 4; i++) {
            m[i] = member(id, MembershipStatusText.FULL, FOUNDED);
        }
        appoint(m[0], id, "SECRETARY");
        appoint(m[1], id, "DEPUTY_SECRETARY");
        return new Cell(id, m[0], m[1], m[2], m[3]);
    }

    static ObjectNode item(Cell c, @Nullable JsonNode generated) {
        ObjectNode i = generated instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
        if (!i.has("politicalTask")) {
            i.put("politicalTask", "Tham mưu tổng hợp");
        }
        if (!i.has("content")) {
            i.put("content", "Giám sát việc nêu gương");
        }
        i.putNull("id");
        i.put("kind", "REGULAR_SUPERVISION");
        i.put("mode", "DIRECT");
        ArrayNode targets = i.putArray("targets");
        targets.add(obj("member", c.m3()));
        if (i.path("team").isArray()) {
            i.putArray("team").add(c.secretary().toString()).add(c.deputy().toString());
        }
        i.putArray("focus").add("EXEMPLARY_CONDUCT");
        i.put("from", "2025-02-01");
        i.put("to", "2025-03-31");
        i.put("responsible", c.secretary().toString());
        return i;
    }

    static ArrayNode items(Cell c, @Nullable ObjectNode body) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        JsonNode generated = body == null ? null : body.get("items");
        int n = generated == null || generated.isEmpty() ? 1 : generated.size();
        for (int k = 0; k < n; k++) {
            out.add(item(c, generated == null ? null : generated.get(k)));
        }
        return out;
    }

    static ObjectNode draftBody(Cell c, @Nullable ObjectNode generated) {
        ObjectNode b = generated == null ? JsonNodeFactory.instance.objectNode() : generated.deepCopy();
        b.put("organisation", c.id().toString());
        b.put("year", 2025);
        if (!b.has("title")) {
            b.put("title", "Kế hoạch kiểm tra, giám sát năm 2025");
        }
        b.set("items", items(c, generated));
        return b;
    }

    static Reply draft(Cell c) {
        s.clock.set(LocalDate.of(2025, 1, 7));
        return s.as(c.secretary()).post("/plans", draftBody(c, null)).ok(201);
    }

    static Reply adopted(Cell c) {
        Reply d = draft(c);
        s.clock.set(LocalDate.of(2025, 1, 10));
        return s.as(c.secretary()).post("/plans/" + d.id() + "/adoption", obj("adoptedOn", "2025-01-10"),
                "If-Match", d.etag()).ok(200);
    }

    static Reply activity(Cell c) {
        Reply p = adopted(c);
        s.clock.set(LocalDate.of(2025, 2, 3));
        return s.as(c.secretary()).post("/activities", obj("plan", p.id(), "item",
                p.json().get("items").get(0).get("id").asText(), "notifiedOn", "2025-02-03")).ok(201);
    }

    static Reply step(Cell c, Reply a, String stage, String on) {
        s.clock.set(LocalDate.parse(on));
        return s.as(c.secretary()).post("/activities/" + a.id() + "/stages", obj("stage", stage, "on", on),
                "If-Match", a.etag()).ok(200);
    }

    static Reply verified(Cell c) {
        Reply a = activity(c);
        a = step(c, a, "SELF_REPORT_RECEIVED", "2025-02-17");
        return step(c, a, "VERIFIED", "2025-03-03");
    }

    static ObjectNode conclusion(Cell c, @Nullable ObjectNode generated, String on, boolean discipline) {
        ObjectNode b = generated == null ? JsonNodeFactory.instance.objectNode() : generated.deepCopy();
        b.put("concludedOn", on);
        for (String list : List.of("strengths", "shortcomings")) {
            if (!b.path(list).isArray()) {
                b.putArray(list);
            }
        }
        if (!b.has("minutesReference")) {
            b.put("minutesReference", "BB-01");
        }
        ArrayNode findings = JsonNodeFactory.instance.arrayNode();
        JsonNode generatedFindings = b.path("findings");
        for (int k = 0; k < (discipline ? 1 : generatedFindings.size()); k++) {
            ObjectNode f = generatedFindings.path(k) instanceof ObjectNode o ? o.deepCopy()
                    : obj("description", "Chậm thẩm định hồ sơ dự án", "severity", "SERIOUS");
            f.set("target", obj("member", c.m3()));
            if (discipline) {
                f.put("disciplineToBeConsidered", true);
            } else if (!f.has("disciplineToBeConsidered")) {
                f.put("disciplineToBeConsidered", false);
            }
            findings.add(f);
        }
        b.set("findings", findings);
        return b;
    }

    static Reply concluded(Cell c, boolean discipline) {
        Reply a = verified(c);
        s.clock.set(LocalDate.of(2025, 3, 10));
        return s.as(c.secretary()).post("/activities/" + a.id() + "/conclusion",
                conclusion(c, null, "2025-03-10", discipline), "If-Match", a.etag()).ok(200);
    }

    static Reply report(Cell c) {
        s.clock.set(LocalDate.of(2025, 4, 7));
        return s.as(c.secretary()).post("/reports", obj("organisation", c.id(), "period", "2025-Q1",
                "narrative", "Báo cáo quý I")).ok(201);
    }

    static ObjectNode or(@Nullable ObjectNode body) {
        return body == null ? JsonNodeFactory.instance.objectNode() : body;
    }

    static List<String> caller(@Nullable UUID member, boolean admin) {
        List<String> h = new ArrayList<>();
        if (member != null) {
            h.add(TrustedHeaderCallerResolver.MEMBER);
            h.add(member.toString());
        }
        if (admin) {
            h.add(TrustedHeaderCallerResolver.AUTHORITY);
            h.add("ADMINISTRATOR");
        }
        return h;
    }

    static Raw write(String method, String path, @Nullable UUID member, boolean admin, @Nullable String ifMatch,
                     @Nullable JsonNode body) {
        List<String> h = caller(member, admin);
        if (ifMatch != null) {
            h.add("If-Match");
            h.add(ifMatch);
        }
        byte[] bytes = null;
        if (body != null) {
            h.add("Content-Type");
            h.add("application/json");
            bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        }
        return new Raw(method, path, h, method.equals("POST") && bytes == null ? new byte[0] : bytes);
    }

    static Raw read(String path, Map<String, String> query, @Nullable UUID member, boolean admin) {
        StringBuilder p = new StringBuilder(path);
        query.forEach((k, v) -> p.append(p.indexOf("?") < 0 ? '?' : '&').append(k).append('=').append(
                java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return new Raw("GET", p.toString(), caller(member, admin), null);
    }

    static UUID dv01() {
        return seed.members.get("DV01");
    }

    static void valid() {
        UUID cell0 = seed.cells.get(0);
        // reads: the committee's secretary reads everything below it
        VALID.put("GET /organisations", (b, q) -> read("/organisations", q, dv01(), false));
        VALID.put("GET /organisations/{id}", (b, q) -> read("/organisations/" + cell0, q, dv01(), false));
        VALID.put("GET /organisations/{id}/children", (b, q) -> read("/organisations/" + seed.committee
                + "/children", q, dv01(), false));
        VALID.put("GET /organisations/{id}/members", (b, q) -> read("/organisations/" + cell0 + "/members", q,
                dv01(), false));
        VALID.put("GET /organisations/{id}/activities", (b, q) -> read("/organisations/" + cell0 + "/activities", q,
                dv01(), false));
        VALID.put("GET /organisations/{id}/reports/{period}", (b, q) -> read("/organisations/" + cell0
                + "/reports/2025-Q1", q, dv01(), false));
        VALID.put("GET /organisations/{id}/figures", (b, q) -> read("/organisations/" + cell0 + "/figures",
                withDefault(q, "period", "2025-Q1"), dv01(), false));
        VALID.put("GET /organisations/{id}/timeliness", (b, q) -> read("/organisations/" + seed.committee
                + "/timeliness", withDefault(q, "period", "2025-Q1"), dv01(), false));
        VALID.put("GET /organisations/{id}/overdue", (b, q) -> read("/organisations/" + seed.committee
                + "/overdue", withDefault(q, "on", "2026-02-02"), dv01(), false));
        VALID.put("GET /organisations/{id}/reporting", (b, q) -> read("/organisations/" + seed.committee
                + "/reporting", withDefault(q, "year", "2025"), dv01(), false));
        VALID.put("GET /members/{id}", (b, q) -> read("/members/" + seed.member(0, 3), q, dv01(), false));
        VALID.put("GET /documents/{id}", (b, q) -> read("/documents/" + seed.plan65, q, seed.member(0, 4), false));
        VALID.put("GET /documents/{id}/chain", (b, q) -> read("/documents/" + seed.plan65 + "/chain", q,
                seed.member(0, 4), false));
        VALID.put("GET /documents/{id}/implementing", (b, q) -> read("/documents/" + seed.resolution
                + "/implementing", q, seed.member(0, 4), false));
        VALID.put("GET /documents/{id}/disseminations", (b, q) -> read("/documents/" + seed.plan65
                + "/disseminations", q, dv01(), false));
        VALID.put("GET /documents/{id}/disseminations/{dissemination}", (b, q) -> read("/documents/" + seed.plan65
                + "/disseminations/" + base.dissemination(), q, dv01(), false));
        VALID.put("GET /documents/{id}/reach", (b, q) -> read("/documents/" + seed.plan65 + "/reach",
                withDefault(q, "cell", cell0.toString()), dv01(), false));
        VALID.put("GET /plans", (b, q) -> read("/plans", withDefault(q, "year", "2025"), dv01(), false));
        VALID.put("GET /plans/{id}", (b, q) -> read("/plans/" + base.plan(), q, dv01(), false));
        VALID.put("GET /plans/{id}/activities", (b, q) -> read("/plans/" + base.plan() + "/activities", q, dv01(),
                false));
        VALID.put("GET /activities/{id}", (b, q) -> read("/activities/" + base.activity(), q, dv01(), false));
        VALID.put("GET /reports/{id}", (b, q) -> read("/reports/" + base.report(), q, dv01(), false));
        VALID.put("GET /scoring/criteria-sets", (b, q) -> read("/scoring/criteria-sets", q, dv01(), false));
        VALID.put("GET /scoring/dashboards/{committee}/{year}", (b, q) -> read("/scoring/dashboards/"
                + seed.committee + "/2025", q, dv01(), false));
        // a day of a year the shipped set is in force in (from 2025): a generated day of 2024 is moved a year on
        VALID.put("GET /scoring/what-it-takes/{organisation}", (b, q) -> {
            Map<String, String> day = new LinkedHashMap<>(withDefault(q, "on", "2025-09-01"));
            LocalDate on = LocalDate.parse(day.get("on"));
            day.put("on", (on.getYear() < 2025 ? on.plusYears(1) : on).toString());
            return read("/scoring/what-it-takes/" + cell0, day, dv01(), false);
        });
        VALID.put("POST /rule-cases", (b, q) -> write("POST", "/rule-cases", dv01(), false, null,
                RuleCasesOverHttpTest.aCase(20, 20)));
        VALID.put("GET /scoring/scorecards/{organisation}/{year}", (b, q) -> read("/scoring/scorecards/" + cell0
                + "/2025", q, dv01(), false));
        VALID.put("GET /openapi.json", (b, q) -> read("/openapi.json", q, null, false));
        VALID.put("GET /", (b, q) -> read("/", q, null, false));

        // the tree and the members: the administrator
        VALID.put("POST /organisations", (b, q) -> {
            s.clock.set(LocalDate.of(2024, 6, 1));
            ObjectNode body = or(b);
            body.put("code", "CB-N" + next());
            body.put("kind", "SUBORDINATE_CELL");
            body.put("parent", seed.committee.toString());
            body.put("established", "2021-01-04");
            return write("POST", "/organisations", null, true, null, body);
        });
        VALID.put("POST /organisations/{id}/assignments", (b, q) -> {
            Cell c = cell();
            ObjectNode body = or(b);
            body.put("member", seed.secretary(0).toString());
            body.put("from", "2024-01-02");
            if (body.has("to") && !body.get("to").isNull()) {
                body.put("to", "2025-12-31");
            }
            return write("POST", "/organisations/" + c.id() + "/assignments", null, true,
                    s.admin().get("/organisations/" + c.id()).ok(200).etag(), body);
        });
        VALID.put("POST /organisations/{id}/assignments/{member}/end", (b, q) -> {
            Cell c = cell();
            Reply o = s.admin().post("/organisations/" + c.id() + "/assignments", obj("member", seed.secretary(0),
                    "from", "2024-01-02"), "If-Match", s.admin().get("/organisations/" + c.id()).ok(200).etag())
                    .ok(200);
            return write("POST", "/organisations/" + c.id() + "/assignments/" + seed.secretary(0) + "/end", null,
                    true, o.etag(), or(b).put("lastDay", "2024-05-31"));
        });
        VALID.put("POST /members", (b, q) -> write("POST", "/members", null, true, null,
                or(b).put("code", "N" + next())));
        VALID.put("POST /members/{id}/memberships", (b, q) -> {
            s.clock.set(LocalDate.of(2024, 6, 1));
            Reply m = s.admin().post("/members", obj("code", "N" + next(), "fullName", "Lê Văn Ấn")).ok(201);
            return write("POST", "/members/" + m.id() + "/memberships", null, true, m.etag(),
                    or(b).put("cell", seed.cells.get(1).toString()).put("from", "2021-01-04"));
        });
        VALID.put("POST /members/{id}/departures", (b, q) -> {
            UUID m = member(seed.cells.get(1), MembershipStatusText.FULL, LocalDate.of(2021, 1, 4));
            return write("POST", "/members/" + m + "/departures", null, true, etagged(m).etag(),
                    or(b).put("cell", seed.cells.get(1).toString()).put("lastDay", "2024-05-31"));
        });
        VALID.put("POST /members/{id}/admission", (b, q) -> {
            UUID m = member(seed.cells.get(1), MembershipStatusText.PROBATIONARY, LocalDate.of(2022, 1, 4));
            return write("POST", "/members/" + m + "/admission", null, true, etagged(m).etag(),
                    or(b).put("from", "2023-01-04"));
        });
        VALID.put("POST /members/{id}/roles", (b, q) -> {
            UUID m = member(seed.cells.get(1), MembershipStatusText.FULL, LocalDate.of(2021, 1, 4));
            ObjectNode body = or(b).put("organisation", seed.cells.get(1).toString())
                    .put("role", "CELL_COMMITTEE_MEMBER").put("from", "2021-01-04");
            if (body.has("to") && !body.get("to").isNull()) {
                body.put("to", "2025-12-31");
            }
            return write("POST", "/members/" + m + "/roles", null, true, etagged(m).etag(), body);
        });
        VALID.put("POST /members/{id}/roles/end", (b, q) -> {
            UUID m = member(seed.cells.get(1), MembershipStatusText.FULL, LocalDate.of(2021, 1, 4));
            s.admin().post("/members/" + m + "/roles", obj("organisation", seed.cells.get(1), "role",
                    "CELL_COMMITTEE_MEMBER", "from", "2021-01-04"), "If-Match", etagged(m).etag()).ok(200);
            return write("POST", "/members/" + m + "/roles/end", null, true, etagged(m).etag(),
                    or(b).put("organisation", seed.cells.get(1).toString()).put("role", "CELL_COMMITTEE_MEMBER")
                            .put("lastDay", "2024-05-31"));
        });

        // documents and dissemination
        VALID.put("POST /documents", (b, q) -> {
            s.clock.set(LocalDate.of(2024, 10, 21));
            ObjectNode body = or(b).put("number", (100 + next()) + "-KH/ĐU")
                    .put("issuer", seed.committee.toString()).put("issuedOn", "2024-10-20");
            body.set("term", obj("name", "2020–2025", "from", "2020-10-01", "to", "2025-09-30"));
            if (body.has("implementsDocument") && !body.get("implementsDocument").isNull()) {
                body.put("implementsDocument", seed.resolution.toString());
            }
            return write("POST", "/documents", null, true, null, body);
        });
        VALID.put("POST /documents/{id}/disseminations", (b, q) -> {
            Cell c = cell();
            s.clock.set(LocalDate.of(2024, 10, 21));
            ObjectNode body = or(b).put("cell", c.id().toString()).put("heldOn", "2024-10-21");
            ArrayNode attendees = body.putArray("attendees");
            attendees.add(c.m3().toString());
            if (body.hashCode() % 2 == 0) {
                attendees.add(c.m4().toString());
            }
            return write("POST", "/documents/" + seed.plan65 + "/disseminations", c.secretary(), false, null, body);
        });

        // plans
        VALID.put("POST /plans/checks", (b, q) -> {
            Cell c = cell();
            s.clock.set(LocalDate.of(2025, 1, 7));
            return write("POST", "/plans/checks", c.secretary(), false, null, draftBody(c, b));
        });
        VALID.put("POST /plans", (b, q) -> {
            Cell c = cell();
            s.clock.set(LocalDate.of(2025, 1, 7));
            return write("POST", "/plans", c.secretary(), false, null, draftBody(c, b));
        });
        VALID.put("PUT /plans/{id}/draft", (b, q) -> {
            Cell c = cell();
            Reply d = draft(c);
            ObjectNode body = or(b);
            body.set("items", items(c, b));
            return write("PUT", "/plans/" + d.id() + "/draft", c.secretary(), false, d.etag(), body);
        });
        VALID.put("POST /plans/{id}/adoption", (b, q) -> {
            Cell c = cell();
            Reply d = draft(c);
            s.clock.set(LocalDate.of(2025, 1, 10));
            return write("POST", "/plans/" + d.id() + "/adoption", c.secretary(), false, d.etag(),
                    or(b).put("adoptedOn", "2025-01-10"));
        });
        VALID.put("POST /plans/{id}/amendments", (b, q) -> {
            Cell c = cell();
            Reply p = adopted(c);
            s.clock.set(LocalDate.of(2025, 2, 10));
            ObjectNode body = or(b).put("adoptedOn", "2025-02-10");
            body.set("items", items(c, b));
            return write("POST", "/plans/" + p.id() + "/amendments", c.secretary(), false, p.etag(), body);
        });

        // execution records
        VALID.put("POST /activities", (b, q) -> {
            Cell c = cell();
            Reply p = adopted(c);
            s.clock.set(LocalDate.of(2025, 2, 3));
            return write("POST", "/activities", c.secretary(), false, null, or(b).put("plan", p.id().toString())
                    .put("item", p.json().get("items").get(0).get("id").asText()).put("notifiedOn", "2025-02-03"));
        });
        VALID.put("POST /activities/unplanned", (b, q) -> {
            Cell c = cell();
            s.clock.set(LocalDate.of(2025, 9, 5));
            ObjectNode body = or(b).put("organisation", c.id().toString()).put("responsible",
                    c.secretary().toString()).put("notifiedOn", "2025-09-05");
            body.putArray("targets").add(obj("member", c.m4()));
            return write("POST", "/activities/unplanned", c.secretary(), false, null, body);
        });
        VALID.put("POST /activities/{id}/stages", (b, q) -> {
            Cell c = cell();
            Reply a = activity(c);
            s.clock.set(LocalDate.of(2025, 2, 17));
            return write("POST", "/activities/" + a.id() + "/stages", c.secretary(), false, a.etag(),
                    or(b).put("stage", "SELF_REPORT_RECEIVED").put("on", "2025-02-17"));
        });
        VALID.put("POST /activities/{id}/conclusion", (b, q) -> {
            Cell c = cell();
            Reply a = verified(c);
            s.clock.set(LocalDate.of(2025, 3, 10));
            return write("POST", "/activities/" + a.id() + "/conclusion", c.secretary(), false, a.etag(),
                    conclusion(c, b, "2025-03-10", false));
        });
        VALID.put("POST /activities/{id}/corrections", (b, q) -> {
            Cell c = cell();
            Reply a = concluded(c, false);
            s.clock.set(LocalDate.of(2025, 3, 20));
            return write("POST", "/activities/" + a.id() + "/corrections", c.secretary(), false, null,
                    conclusion(c, b, "2025-03-20", false));
        });
        VALID.put("POST /activities/{id}/recommendations", (b, q) -> {
            Cell c = cell();
            Reply a = concluded(c, false);
            ObjectNode body = or(b).put("due", "2025-03-25");
            if (body.has("addressee") && !body.get("addressee").isNull()) {
                body.set("addressee", obj("member", c.m3()));
            }
            return write("POST", "/activities/" + a.id() + "/recommendations", c.secretary(), false, a.etag(), body);
        });
        VALID.put("POST /activities/{id}/recommendations/{recommendation}/closure", (b, q) -> {
            Cell c = cell();
            Reply a = concluded(c, false);
            a = s.as(c.secretary()).post("/activities/" + a.id() + "/recommendations", obj("text", "Khắc phục",
                    "due", "2025-03-25"), "If-Match", a.etag()).ok(200);
            String rec = a.json().get("recommendations").get(0).get("id").asText();
            s.clock.set(LocalDate.of(2025, 3, 20));
            return write("POST", "/activities/" + a.id() + "/recommendations/" + rec + "/closure", c.secretary(),
                    false, a.etag(), or(b).put("closedOn", "2025-03-20"));
        });
        VALID.put("POST /activities/{id}/coordinations", (b, q) -> {
            Cell c = cell();
            Reply a = activity(c);
            s.clock.set(LocalDate.of(2025, 2, 10));
            return write("POST", "/activities/" + a.id() + "/coordinations", c.secretary(), false, a.etag(),
                    or(b).put("on", "2025-02-10"));
        });
        VALID.put("POST /activities/{id}/disciplines", (b, q) -> {
            Cell c = cell();
            Reply a = concluded(c, true);
            s.clock.set(LocalDate.of(2025, 3, 15));
            ObjectNode body = or(b).put("decidedOn", "2025-03-15");
            body.set("target", obj("member", c.m3()));
            if (!List.of("REPRIMAND", "WARNING").contains(body.path("form").asText())) {
                body.put("form", "REPRIMAND");
            }
            return write("POST", "/activities/" + a.id() + "/disciplines", c.secretary(), false, a.etag(), body);
        });

        // reports
        VALID.put("POST /reports", (b, q) -> {
            Cell c = cell();
            s.clock.set(LocalDate.of(2025, 4, 7));
            return write("POST", "/reports", c.secretary(), false, null, or(b).put("organisation", c.id().toString())
                    .put("period", "2025-Q1"));
        });
        VALID.put("PUT /reports/{id}/narrative", (b, q) -> {
            Cell c = cell();
            Reply r = report(c);
            return write("PUT", "/reports/" + r.id() + "/narrative", c.secretary(), false, r.etag(), or(b));
        });
        VALID.put("POST /reports/{id}/recomputation", (b, q) -> {
            Cell c = cell();
            Reply r = report(c);
            return write("POST", "/reports/" + r.id() + "/recomputation", c.secretary(), false, r.etag(), null);
        });
        VALID.put("POST /reports/{id}/submission", (b, q) -> {
            Cell c = cell();
            Reply r = report(c);
            return write("POST", "/reports/" + r.id() + "/submission", c.secretary(), false, r.etag(), null);
        });
        VALID.put("POST /reports/{id}/return", (b, q) -> {
            Cell c = cell();
            Reply r = report(c);
            r = s.as(c.secretary()).post("/reports/" + r.id() + "/submission", "", "If-Match", r.etag()).ok(200);
            return write("POST", "/reports/" + r.id() + "/return", dv01(), false, r.etag(), or(b));
        });
    }

    static Map<String, String> withDefault(Map<String, String> query, String name, String value) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.putIfAbsent(name, value);
        return q;
    }

    // ------------------------------------------------------------------ sending

    record Answer(int status, String contentType, String body) {
    }

    static Answer send(Raw r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.server.baseUri() + r.path().substring(1)));
        for (int i = 0; i < r.headers().size(); i += 2) {
            b.header(r.headers().get(i), r.headers().get(i + 1));
        }
        b.method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        try {
            HttpResponse<byte[]> a = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""),
                    new String(a.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String describe(Raw r) {
        return r.method() + " " + r.path() + " " + r.headers() + " "
                + (r.body() == null ? "" : new String(r.body(), StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ the properties

    @Test
    void everyOperationOfTheDocumentHasAValidRequest() {
        assertThat(new TreeSet<>(VALID.keySet())).isEqualTo(new TreeSet<>(operations().stream()
                .map(Operation::key).toList()));
        assertThat(VALID).hasSizeGreaterThanOrEqualTo(54);
    }

    @Test
    void validRequestsBuiltFromTheSchemaReachA2xxOnEveryOperation() {
        for (Operation op : operations()) {
            Valid v = VALID.get(op.key());
            qt().withExamples(op.method().equals("GET") ? 8 : 3).withShrinkCycles(0)
                    .forAll(body(op), query(op))
                    .checkAssert((body, query) -> {
                        Raw r = v.make(body == null ? null : body.deepCopy(), query);
                        Answer a = send(r);
                        assertThat(a.status()).as("%s\n%s\n→ %s", op.key(), describe(r), a.body())
                                .isBetween(200, 299);
                    });
        }
    }

    /** A change to a valid request that a client could make by mistake or on purpose. */
    record Mutation(String name, Function<Raw, Raw> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Raw replaceHeader(Raw r, String name, @Nullable String value) {
        return r.with(h -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < h.size(); i += 2) {
                if (!h.get(i).equalsIgnoreCase(name)) {
                    out.add(h.get(i));
                    out.add(h.get(i + 1));
                }
            }
            if (value != null) {
                out.add(name);
                out.add(value);
            }
            return out;
        });
    }

    /** The body with one field (at any depth) replaced by {@code value}, or removed when {@code value} is null. */
    static Raw field(Raw r, int pick, @Nullable JsonNode value) {
        if (r.body() == null || r.body().length == 0) {
            return r;
        }
        try {
            JsonNode root = LiveServer.JSON.readTree(r.body());
            List<ObjectNode> parents = new ArrayList<>();
            List<String> names = new ArrayList<>();
            collect(root, parents, names);
            if (parents.isEmpty()) {
                return r;
            }
            int k = Math.floorMod(pick, parents.size());
            if (value == null) {
                parents.get(k).remove(names.get(k));
            } else {
                parents.get(k).set(names.get(k), value);
            }
            return r.body(root.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void collect(JsonNode n, List<ObjectNode> parents, List<String> names) {
        if (n instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(f -> {
                parents.add(o);
                names.add(f);
            });
            o.elements().forEachRemaining(c -> collect(c, parents, names));
        } else if (n.isArray()) {
            n.elements().forEachRemaining(c -> collect(c, parents, names));
        }
    }

    static Raw pathId(Raw r, String replacement) {
        String[] parts = r.path().split("\\?", 2);
        String p = parts[0].replaceFirst("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", replacement);
        return r.path(parts.length > 1 ? p + "?" + parts[1] : p);
    }

    static Gen<Mutation> mutations() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> wrongValues = List.of(f.numberNode(2025), f.textNode("2025"), f.booleanNode(true),
                f.arrayNode().add("x"), f.objectNode().put("a", 1), f.nullNode(), f.textNode(""),
                f.textNode("2025-02-30"), f.textNode("+999999999-12-31"), f.numberNode(Long.MAX_VALUE),
                f.numberNode(-1), f.numberNode(3.5), f.textNode("x".repeat(100_000)),
                f.textNode("00000000-0000-0000-0000-000000000000"), f.textNode(UUID.randomUUID().toString()),
                f.textNode("'; DROP TABLE ktgs_member; --"), f.textNode("\u0000\u0007"));
        List<Gen<Mutation>> all = List.of(
                Generate.range(0, 1000).zip(Generate.pick(wrongValues), (k, v) -> new Mutation("field " + k + " := "
                        + (v.toString().length() > 40 ? v.toString().substring(0, 40) : v),
                        r -> field(r, k, v))),
                Generate.range(0, 1000).map(k -> new Mutation("without field " + k, r -> field(r, k, null))),
                Generate.constant(new Mutation("unknown field", r -> r.body() == null || r.body().length == 0 ? r
                        : r.body(("{\"zz\":1," + new String(r.body(), StandardCharsets.UTF_8).substring(1))
                        .getBytes(StandardCharsets.UTF_8)))),
                Generate.pick(List.of(
                        new Mutation("invalid UTF-8", r -> r.body(concat(r.body(), new byte[] {(byte) 0xC3,
                            (byte) 0x28, (byte) 0xFF}))),
                        new Mutation("truncated JSON", r -> r.body() == null || r.body().length < 2 ? r
                                : r.body(java.util.Arrays.copyOf(r.body(), r.body().length / 2))),
                        new Mutation("not JSON", r -> r.body("kiểm tra=giám sát&x=1".getBytes(StandardCharsets.UTF_8))),
                        new Mutation("duplicate key", r -> r.body() == null || r.body().length == 0 ? r
                                : r.body(("{\"a\":1,\"a\":2," + new String(r.body(), StandardCharsets.UTF_8)
                                .substring(1)).getBytes(StandardCharsets.UTF_8))),
                        new Mutation("empty body", r -> r.body(new byte[0])),
                        new Mutation("UTF-16 body", r -> r.body() == null ? r : r.body(new String(r.body(),
                                StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16))),
                        new Mutation("text/plain", r -> replaceHeader(r, "Content-Type", "text/plain")),
                        new Mutation("latin-1 charset", r -> replaceHeader(r, "Content-Type",
                                "application/json; charset=ISO-8859-1")),
                        new Mutation("no content type", r -> replaceHeader(r, "Content-Type", null)),
                        new Mutation("accept html", r -> replaceHeader(r, "Accept", "text/html")),
                        new Mutation("odd language", r -> replaceHeader(r, "Accept-Language", "xx;q=abc, *;q=2")),
                        new Mutation("no If-Match", r -> replaceHeader(r, "If-Match", null)),
                        new Mutation("weak If-Match", r -> replaceHeader(r, "If-Match", "W/\"1\"")),
                        new Mutation("garbage If-Match", r -> replaceHeader(r, "If-Match", "\"1\" \"2\"; x")),
                        new Mutation("old If-Match", r -> replaceHeader(r, "If-Match", "\"999\"")),
                        new Mutation("long Idempotency-Key", r -> replaceHeader(r, "Idempotency-Key",
                                "k".repeat(101))),
                        new Mutation("non-ASCII Idempotency-Key", r -> replaceHeader(r, "Idempotency-Key",
                                "khóa")),
                        new Mutation("no caller", r -> replaceHeader(replaceHeader(r,
                                TrustedHeaderCallerResolver.MEMBER, null), TrustedHeaderCallerResolver.AUTHORITY,
                                null)),
                        new Mutation("stranger", r -> replaceHeader(replaceHeader(r,
                                TrustedHeaderCallerResolver.MEMBER, UUID.randomUUID().toString()),
                                TrustedHeaderCallerResolver.AUTHORITY, null)),
                        new Mutation("plain member of another cell", r -> replaceHeader(replaceHeader(r,
                                TrustedHeaderCallerResolver.MEMBER, seed.member(1, 5).toString()),
                                TrustedHeaderCallerResolver.AUTHORITY, null)),
                        new Mutation("member id not a UUID", r -> replaceHeader(r, TrustedHeaderCallerResolver.MEMBER,
                                "DV01")),
                        new Mutation("unknown authority", r -> replaceHeader(r, TrustedHeaderCallerResolver.AUTHORITY,
                                "ROOT")),
                        new Mutation("id not a UUID", r -> pathId(r, "not-a-uuid")),
                        new Mutation("id of nothing", r -> pathId(r, UUID.randomUUID().toString())),
                        new Mutation("id upper case", r -> r.path(r.path().toUpperCase())),
                        new Mutation("encoded slash", r -> r.path(r.path() + "%2F..%2F")),
                        new Mutation("bad paging", r -> r.path(r.path() + (r.path().contains("?") ? "&" : "?")
                                + "page=-1&size=0")),
                        new Mutation("bad query values", r -> r.path(r.path() + (r.path().contains("?") ? "&" : "?")
                                + "year=abc&on=2025-13-01&period=2025-Q5&cell=x&organisation=y&document=z")),
                        new Mutation("other method", r -> new Raw(r.method().equals("GET") ? "DELETE" : "PATCH",
                                r.path(), r.headers(), r.body())))));
        return Generate.oneOf(all.get(0), all.subList(1, all.size()).toArray(Gen[]::new));
    }

    static byte[] concat(byte @Nullable [] a, byte[] b) {
        byte[] base = a == null ? new byte[0] : a;
        byte[] out = java.util.Arrays.copyOf(base, base.length + b.length);
        System.arraycopy(b, 0, out, base.length, b.length);
        return out;
    }

    @Test
    void mutatedRequestsNeverAnswer5xxAndEveryRefusalIsAProblemDocument() {
        Map<String, Integer> types = new java.util.TreeMap<>();
        AtomicInteger answered = new AtomicInteger();
        for (Operation op : operations()) {
            Valid v = VALID.get(op.key());
            // a fresh valid request (and its state) for every fourth mutation; the three others mutate it again
            Raw[] made = new Raw[1];
            AtomicInteger uses = new AtomicInteger();
            qt().withExamples(op.method().equals("GET") ? 12 : 24).withShrinkCycles(0)
                    .forAll(body(op), query(op), mutations())
                    .checkAssert((body, query, mutation) -> {
                        if (uses.getAndIncrement() % 4 == 0) {
                            made[0] = v.make(body == null ? null : body.deepCopy(), query);
                        }
                        Raw r = mutation.apply().apply(made[0]);
                        Answer a = send(r);
                        String why = op.key() + " with " + mutation + "\n" + describe(r).substring(0,
                                Math.min(describe(r).length(), 2000)) + "\n→ " + a.status() + " " + a.body();
                        assertThat(a.status()).as(why).isLessThan(500);
                        answered.incrementAndGet();
                        if (a.status() >= 400) {
                            assertThat(a.contentType()).as(why).startsWith("application/problem+json");
                            assertThat(a.body()).as(why).contains("\"status\":" + a.status())
                                    .contains("\"type\":\"urn:ktgs:problem:");
                            String type = a.body().replaceFirst("(?s).*\"type\":\"urn:ktgs:problem:([a-z-]+)\".*",
                                    "$1");
                            types.merge(a.status() + " " + type, 1, Integer::sum);
                        }
                    });
        }
        System.out.println("mutated requests: " + answered + ", refusals by type: " + types);
        // the mutations reach the refusals they aim at, not only one kind
        assertThat(types.keySet()).contains("400 malformed-json", "400 invalid-encoding", "401 unauthenticated",
                "403 forbidden", "404 not-found", "415 unsupported-media-type", "422 validation");
        assertThat(types.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(answered.get() / 2);
    }
}
