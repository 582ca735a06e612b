package vn.ktgs.rest;

import static vn.ktgs.rest.LiveServer.obj;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ktgs.rest.LiveServer.Reply;

/**
 * The first part of the seed scenario entered over HTTP only: the bloc committee, the office's committee, two
 * cells with five members each, secretaries, deputies, the BCH members assigned to the cells, and the chain
 * 02-NQ/ĐU ← 65-KH/ĐU.
 */
final class HttpSeed {

    static final String[][] CELLS = {
        {"CB-TH", "Chi bộ Phòng Tổng hợp", "Tham mưu tổng hợp, điều phối chương trình công tác của UBND tỉnh"},
        {"CB-KT", "Chi bộ Phòng Kinh tế", "Thẩm định, tham mưu các dự án đầu tư công của tỉnh"},
    };
    static final String[] NAMES = {
        "Nguyễn Thị Ưng", "Tôn Thất Ấn", "Lê Quang Vinh", "Phạm Thị Hồng Nhung", "Hoàng Đức Thắng",
        "Vũ Thị Ngọc Ánh", "Đặng Văn Dũng", "Bùi Thị Lệ Quyên", "Đỗ Minh Tuấn", "Âu Thị Ỷ Lan",
    };
    static final LocalDate FOUNDED = LocalDate.of(2020, 10, 1);

    final LiveServer s;
    UUID bloc;
    UUID committee;
    final List<UUID> cells = new ArrayList<>();
    /** Members by code DV01..DV10; DV01 and DV06 are the cells' secretaries and BCH members. */
    final Map<String, UUID> members = new LinkedHashMap<>();
    UUID resolution;
    UUID plan65;

    HttpSeed(LiveServer s) {
        this.s = s;
    }

    static HttpSeed load(LiveServer s) {
        HttpSeed seed = new HttpSeed(s);
        seed.tree();
        seed.documents();
        return seed;
    }

    UUID member(int cell, int position) {
        return members.get(String.format("DV%02d", cell * 5 + position));
    }

    UUID secretary(int cell) {
        return member(cell, 1);
    }

    void tree() {
        s.clock.set(LocalDate.of(2024, 6, 1));
        var admin = s.admin();
        bloc = admin.post("/organisations", obj("code", "ĐUK", "name", "Đảng ủy Khối các cơ quan tỉnh",
                "kind", "BLOC_COMMITTEE", "established", FOUNDED.toString())).ok(201).id();
        committee = admin.post("/organisations", obj("code", "ĐB-VPUBND", "name", "Đảng bộ Văn phòng UBND tỉnh",
                "kind", "GRASSROOTS_COMMITTEE", "parent", bloc, "established", FOUNDED.toString())).ok(201).id();
        for (String[] c : CELLS) {
            cells.add(admin.post("/organisations", obj("code", c[0], "name", c[1], "kind", "SUBORDINATE_CELL",
                    "parent", committee, "established", FOUNDED.toString())).ok(201).id());
        }
        for (int i = 0; i < NAMES.length; i++) {
            String code = String.format("DV%02d", i + 1);
            Reply m = admin.post("/members", obj("code", code, "fullName", NAMES[i])).ok(201);
            admin.post("/members/" + m.id() + "/memberships", obj("cell", cells.get(i / 5), "from",
                    FOUNDED.toString(), "status", "FULL"), "If-Match", m.etag()).ok(200);
            members.put(code, m.id());
        }
        for (int c = 0; c < cells.size(); c++) {
            appoint(secretary(c), cells.get(c), "SECRETARY");
            appoint(member(c, 2), cells.get(c), "DEPUTY_SECRETARY");
            appoint(secretary(c), committee, "EXECUTIVE_COMMITTEE_MEMBER");
        }
        // each cell is monitored by the other cell's secretary (S6)
        for (int c = 0; c < cells.size(); c++) {
            Reply cell = admin.get("/organisations/" + cells.get(c)).ok(200);
            admin.post("/organisations/" + cells.get(c) + "/assignments", obj("member", secretary(1 - c),
                    "from", FOUNDED.toString()), "If-Match", cell.etag()).ok(200);
        }
        appoint(members.get("DV01"), committee, "SECRETARY");
    }

    void appoint(UUID member, UUID organisation, String role) {
        var admin = s.admin();
        Reply m = admin.get("/members/" + member).ok(200);
        admin.post("/members/" + member + "/roles", obj("organisation", organisation, "role", role,
                "from", FOUNDED.toString()), "If-Match", m.etag()).ok(200);
    }

    void documents() {
        ObjectNode term = obj("name", "2020–2025", "from", "2020-10-01", "to", "2025-09-30");
        s.clock.set(LocalDate.of(2024, 6, 20));
        resolution = s.admin().post("/documents", obj("number", "02-NQ/ĐU", "issuer", bloc, "issuedOn", "2024-06-20",
                "term", term, "title", "Nghị quyết về nâng cao chất lượng kiểm tra, giám sát của chi bộ cơ sở"))
                .ok(201).id();
        s.clock.set(LocalDate.of(2024, 10, 13));
        plan65 = s.as(members.get("DV01")).post("/documents", obj("number", "65-KH/ĐU", "issuer", committee,
                "issuedOn", "2024-10-13", "term", term,
                "title", "Kế hoạch thực hiện Nghị quyết 02-NQ/ĐU của Đảng ủy Khối các cơ quan tỉnh",
                "implementsDocument", resolution)).ok(201).id();
    }

    /** A plan item body for cell {@code c}: regular supervision of two members in February and March. */
    ObjectNode item(int c) {
        ArrayNode targets = LiveServer.JSON.createArrayNode();
        targets.add(obj("member", member(c, 2)));
        targets.add(obj("member", member(c, 3)));
        return obj("kind", "REGULAR_SUPERVISION", "mode", "DIRECT", "targets", targets,
                "focus", List.of("EXEMPLARY_CONDUCT", "PROFESSIONAL_TASKS"), "politicalTask", CELLS[c][2],
                "content", "Giám sát việc thực hiện trách nhiệm nêu gương và nhiệm vụ chuyên môn được giao",
                "from", "2025-02-01", "to", "2025-03-31", "responsible", secretary(c));
    }

    /**
     * Cell 1's secretary drafts (7/1) and adopts (10/1) the cell's plan, then opens an inspection on signs of violation
     * of member 4 (17/2: notified 3/2, self-report 10/2, verified 12/2, concluded 15/2 with a serious finding) and
     * recommends that the gift be returned by 1/3. Answers the inspection as it stands after the recommendation; the
     * server's clock is left on 17/2.
     */
    Reply adoptedPlanAndConfidentialInspection(LiveServer s) {
        var sec = s.as(secretary(1));
        s.clock.set(LocalDate.of(2025, 1, 7));
        Reply draft = sec.post("/plans", draftBody(1)).ok(201);
        s.clock.set(LocalDate.of(2025, 1, 10));
        sec.post("/plans/" + draft.id() + "/adoption", obj("adoptedOn", "2025-01-10"), "If-Match", draft.etag())
                .ok(200);
        s.clock.set(LocalDate.of(2025, 2, 17));
        Reply a = sec.post("/activities/unplanned", obj("organisation", cells.get(1),
                "targets", List.of(obj("member", member(1, 4))),
                "subject", "Kiểm tra đồng chí Đỗ Minh Tuấn khi có dấu hiệu vi phạm", "responsible", secretary(1),
                "notifiedOn", "2025-02-03", "reason", "Đơn phản ánh")).ok(201);
        a = sec.post("/activities/" + a.id() + "/stages", obj("stage", "SELF_REPORT_RECEIVED", "on", "2025-02-10"),
                "If-Match", a.etag()).ok(200);
        a = sec.post("/activities/" + a.id() + "/stages", obj("stage", "VERIFIED", "on", "2025-02-12"),
                "If-Match", a.etag()).ok(200);
        a = sec.post("/activities/" + a.id() + "/conclusion", obj("concludedOn", "2025-02-15", "strengths",
                List.of(), "shortcomings", List.of(), "findings", List.of(obj("target", obj("member",
                        member(1, 4)), "description", "Nhận quà biếu không đúng quy định", "severity", "SERIOUS",
                        "disciplineToBeConsidered", false)), "minutesReference", "BB-02"), "If-Match", a.etag())
                .ok(200);
        return sec.post("/activities/" + a.id() + "/recommendations", obj("text", "Hoàn trả quà biếu",
                "addressee", obj("member", member(1, 4)), "due", "2025-03-01"), "If-Match", a.etag()).ok(200);
    }

    ObjectNode draftBody(int c) {
        return obj("organisation", cells.get(c), "year", 2025,
                "title", "Kế hoạch kiểm tra, giám sát năm 2025 của " + CELLS[c][1], "items", List.of(item(c)));
    }
}
