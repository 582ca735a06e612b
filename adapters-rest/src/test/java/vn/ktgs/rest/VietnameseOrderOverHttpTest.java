package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.rest.LiveServer.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Over HTTP, a committee's cells come in Vietnamese alphabetical order of their codes, in one page or in several. */
class VietnameseOrderOverHttpTest {

    static LiveServer s;

    @BeforeAll
    static void start() {
        s = new LiveServer();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static List<String> codes(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("code").asText()));
        return out;
    }

    @Test
    void childrenAreListedWithĐBetweenDAndEAndTheMarkedVowelsAfterTheirBase() {
        s.clock.set(LocalDate.of(2024, 6, 1));
        var admin = s.admin();
        UUID bloc = admin.post("/organisations", obj("code", "ĐUK-X", "name", "Đảng ủy Khối", "kind",
                "BLOC_COMMITTEE", "established", "2020-10-01")).ok(201).id();
        UUID committee = admin.post("/organisations", obj("code", "ĐB-X", "name", "Đảng bộ", "kind",
                "GRASSROOTS_COMMITTEE", "parent", bloc, "established", "2020-10-01")).ok(201).id();
        for (String code : List.of("CB-Ư", "CB-E", "CB-Đ", "CB-Ơ", "CB-D", "CB-Â", "CB-O", "CB-A", "CB-Ô", "CB-Ă")) {
            admin.post("/organisations", obj("code", code, "name", "Chi bộ " + code, "kind", "SUBORDINATE_CELL",
                    "parent", committee, "established", "2020-10-01")).ok(201);
        }
        List<String> expected = List.of("CB-A", "CB-Ă", "CB-Â", "CB-D", "CB-Đ", "CB-E", "CB-O", "CB-Ô", "CB-Ơ", "CB-Ư");

        assertThat(codes(admin.get("/organisations/" + committee + "/children").ok(200).json()))
                .containsExactlyElementsOf(expected);
        List<String> paged = new ArrayList<>();
        for (int p = 0; p < 4; p++) { // pages from 0
            paged.addAll(codes(admin.get("/organisations/" + committee + "/children?size=3&page=" + p).ok(200).json()));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
    }
}
