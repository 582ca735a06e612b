package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.rest.LiveServer.obj;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.rest.LiveServer.Reply;

/**
 * HTTP semantics to the letter: {@code If-Match} with the strong comparison and the list syntax of RFC 9110, and
 * the headers that keep personal content out of shared caches and browsers' guesses.
 */
class HttpSemanticsTest {

    static LiveServer s;
    static HttpSeed seed;
    static UUID report;

    @BeforeAll
    static void start() {
        s = new LiveServer();
        seed = HttpSeed.load(s);
        s.clock.set(LocalDate.of(2025, 4, 7));
        report = s.as(seed.secretary(1)).post("/reports", obj("organisation", seed.cells.get(1), "period", "2025-Q1",
                "narrative", "Báo cáo quý I")).ok(201).id();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static Reply edit(String ifMatch) {
        return s.as(seed.secretary(1)).put("/reports/" + report + "/narrative",
                obj("narrative", "Sửa lần " + UUID.randomUUID()), "If-Match", ifMatch);
    }

    private static String current() {
        return s.as(seed.secretary(1)).get("/reports/" + report).ok(200).etag();
    }

    @Test
    void aWeakTagNeverMatchesUnderTheStrongComparison() {
        String etag = current();
        Reply weak = edit("W/" + etag);
        assertThat(weak.status()).as(weak.text()).isEqualTo(412);
        assertThat(weak.problemType()).isEqualTo("urn:ktgs:problem:precondition-failed");
        assertThat(current()).isEqualTo(etag);
        assertThat(edit("W/\"0\", W/" + etag).status()).isEqualTo(412);
        assertThat(current()).isEqualTo(etag);
    }

    @Test
    void aListMatchesWhenAnyOfItsStrongTagsIsTheCurrentOne() {
        String etag = current();
        assertThat(edit("\"9999\", " + etag).status()).isEqualTo(200);
        etag = current();
        assertThat(edit("W/" + etag + ",\t" + etag + " ,\"1\"").status()).isEqualTo(200);
        etag = current();
        assertThat(edit(" , ,  " + etag + "  ").status()).isEqualTo(200);
        etag = current();
        assertThat(edit("\"9999\", \"9998\"").status()).isEqualTo(412);
        assertThat(current()).isEqualTo(etag);
    }

    @Test
    void aValueThatIsNoListOfEntityTagsMatchesNothing() {
        String etag = current();
        for (String bad : new String[] {etag + " " + etag, etag.substring(0, etag.length() - 1), "w/" + etag,
            "W/ " + etag, etag + ", *", "\"a b\""}) {
            Reply r = edit(bad);
            assertThat(r.status()).as(bad).isEqualTo(412);
            assertThat(r.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        assertThat(current()).isEqualTo(etag);
    }

    @Test
    void aStarMatchesTheExistingResourceAndAMissingOneIsStill404() {
        String etag = current();
        assertThat(edit("*").status()).isEqualTo(200);
        assertThat(current()).isNotEqualTo(etag);
        Reply missing = s.as(seed.secretary(1)).put("/reports/" + UUID.randomUUID() + "/narrative",
                obj("narrative", "x"), "If-Match", "*");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void personalAnswersAreNotStoredAndNoAnswerIsSniffed() {
        Reply member = s.admin().get("/members/" + seed.secretary(1)).ok(200);
        assertThat(member.header("Cache-Control")).contains("no-store");
        assertThat(member.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(member.raw().headers().allValues("Vary").toString())
                .contains(TrustedHeaderCallerResolver.MEMBER, TrustedHeaderCallerResolver.AUTHORITY,
                        "Accept-Language");
        Reply activities = s.as(seed.secretary(1)).get("/organisations/" + seed.cells.get(1) + "/activities").ok(200);
        assertThat(activities.header("Cache-Control")).contains("no-store");
        Reply document = s.as(seed.member(1, 5)).get("/documents/" + seed.plan65).ok(200);
        assertThat(document.header("Cache-Control")).contains("private");
        assertThat(document.header("X-Content-Type-Options")).contains("nosniff");
        Reply missing = s.as(seed.member(1, 5)).get("/activities/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).contains("no-store");
        assertThat(missing.header("X-Content-Type-Options")).contains("nosniff");
        Reply openApi = s.anonymous().get("/openapi.json").ok(200);
        assertThat(openApi.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(openApi.header("Cache-Control")).isEmpty();
    }

    @Test
    void a401NamesHowToAuthenticate() {
        Reply r = s.anonymous().get("/plans?year=2025");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).contains("X-KTGS-Member realm=\"KTGS\"");
        assertThat(r.header("Cache-Control")).contains("no-store");
    }
}
