package vn.ktgs.rest.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ktgs.Ktgs;
import vn.ktgs.json.JsonRuleCases;
import vn.ktgs.rest.api.ScoringApi.MismatchView;
import vn.ktgs.rest.api.ScoringApi.RuleCaseResultView;
import vn.ktgs.rest.api.ScoringApi.RuleCasesReportView;
import vn.ktgs.rest.internal.Guard;
import vn.ktgs.rest.internal.Json;
import vn.ktgs.rest.internal.Languages;

/**
 * Trường hợp kiểm thử quy tắc: runs a rule-case file sent as the body — the format of {@code ktgs test-rules}
 * (adapters-json's {@code rule-cases.schema.json}) — against a criteria set the server ships, and answers each
 * case's result with every difference as expected and actual with its path: the report the command prints. The
 * cases give their indicator values; a case may not name a file (a criteria set or a dataset) — that is a problem
 * at its path, so that a body never makes the server read a file. Reads and stores nothing of the host's records:
 * any known caller may run cases ({@link Guard#requireKnown}); the body limit bounds the work.
 */
@Path("/rule-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class RuleCaseResource extends ResourceSupport {

    private final JsonRuleCases runner = new JsonRuleCases();

    public RuleCaseResource(Ktgs ktgs, Guard guard) {
        super(ktgs, guard);
    }

    /** Runs every case of the body; 200 with the report whether the cases pass or fail, 422 for a file not valid. */
    @POST
    public RuleCasesReportView run(JsonNode body) throws java.io.IOException {
        guard.requireKnown(caller());
        Locale locale = Languages.of(Objects.requireNonNull(headers));
        List<JsonRuleCases.CaseResult> results = runner.run(new ByteArrayInputStream(
                Json.mapper().writeValueAsBytes(body)), "body", locale);
        List<RuleCaseResultView> views = results.stream().map(r -> new RuleCaseResultView(r.file(), r.name(),
                r.path(), r.passed(), r.mismatches().stream().map(m -> new MismatchView(m.path(), m.expected(),
                        m.actual(), m.why(), m.text(locale))).toList())).toList();
        int passed = (int) results.stream().filter(JsonRuleCases.CaseResult::passed).count();
        return new RuleCasesReportView(results.size(), passed, results.size() - passed, views);
    }
}
