package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ktgs;
import vn.ktgs.access.AccessRules;
import vn.ktgs.access.Action;
import vn.ktgs.access.Authority;
import vn.ktgs.access.Caller;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.Document;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetImporter;
import vn.ktgs.json.DatasetReader;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.plan.Plan;
import vn.ktgs.report.Report;

/**
 * Closes the class of confidential leaks: over the seed scenario (the demo's dataset, with its inspection on signs
 * of violation ending in a warning), every GET operation the served OpenAPI document lists is called with every
 * value of its parameters the scenario has, as every kind of caller (no caller, a stranger, an administrator who is
 * no member, one member of each kind, each also granted administration), and no answer to a caller who may not read
 * an organisation's confidential content holds the id or the text of a confidential record of it: the ids of its
 * inspections on signs of violation (and of their recommendations), their texts, and the violations and
 * disciplinary decisions of any of its records. A caller who may read them sees each of them somewhere, so the
 * check can fail.
 */
class ConfidentialCrawlTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Ktgs ktgs;
    static KtgsRestServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws IOException {
        Dataset dataset;
        try (InputStream in = ConfidentialCrawlTest.class.getResourceAsStream("/datasets/seed-2025.json")) {
            dataset = DatasetReader.read(in);
        }
        ktgs = new DatasetImporter(Validation.buildDefaultValidatorFactory().getValidator()).replay(dataset);
        server = KtgsRestServer.start(KtgsRestApplication.builder(ktgs, new TrustedHeaderCallerResolver()).build(),
                "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A secret: the organisation whose confidential content it is, and the text that must not be answered. */
    record Secret(Organisation organisation, String text, boolean isId) {
    }

    /** One request of the crawl. */
    record Call(String operation, Who who, String url) {
    }

    /** A kind of caller: the headers it sends and the caller the rules see (none for no caller). */
    record Who(String name, @Nullable Caller caller, Map<String, String> headers) {
    }

    @Test
    void noAnswerToEveryGetOperationHoldsAConfidentialIdOrTextTheCallerMayNotRead() throws Exception {
        List<Organisation> organisations = ktgs.ports().organisations().all();
        List<Secret> secrets = secrets(organisations);
        assertThat(secrets).extracting(Secret::isId).contains(true, false);

        AccessRules rules = new AccessRules(ktgs.organisations(), ktgs.clock());
        List<Who> callers = callers(organisations, secrets, rules);
        Map<String, List<String>> values = values(organisations);
        JsonNode openApi = JSON.readTree(send(null, "/openapi.json").body());

        Set<String> operations = new TreeSet<>();
        List<Call> calls = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = openApi.get("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            operations.add(path.getKey());
            for (String url : urls(path.getKey(), get, values)) {
                for (Who who : callers) {
                    calls.add(new Call(path.getKey(), who, url));
                }
            }
        }
        // eight requests at a time: one at a time, each waits for the loopback's delayed acknowledgement
        Semaphore running = new Semaphore(8);
        List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
        for (Call c : calls) {
            running.acquire();
            answers.add(HTTP.sendAsync(request(c.who(), c.url()), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((r, e) -> running.release()));
        }
        Set<String> answered = new TreeSet<>();
        Set<Secret> seen = new LinkedHashSet<>();
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            HttpResponse<byte[]> r = answers.get(i).get();
            String body = new String(r.body(), StandardCharsets.UTF_8) + " " + r.headers().map();
            if (r.statusCode() / 100 == 2) {
                answered.add(c.operation());
            }
            for (Secret s : secrets) {
                // a caller who names an id in the request is answered with it (as the instance of a 404)
                if (!body.contains(s.text()) || (s.isId() && c.url().contains(s.text()))) {
                    continue;
                }
                if (c.who().caller() != null
                        && rules.allows(c.who().caller(), Action.READ_CONFIDENTIAL, s.organisation().id())) {
                    seen.add(s);
                } else {
                    leaks.add(c.who().name() + " GET " + c.url() + " → " + r.statusCode() + " shows "
                            + s.organisation().code() + "'s " + s.text());
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(callers).hasSizeGreaterThan(6);
        assertThat(operations).hasSizeGreaterThan(20);
        assertThat(answered).as("every GET operation answered 2xx to some caller").isEqualTo(operations);
        assertThat(seen).as("every secret is shown to whoever may read it").containsExactlyInAnyOrderElementsOf(
                secrets);
    }

    /**
     * Every confidential record's id and text: the inspections on signs of violation (ids, their recommendations'
     * ids, every text they hold) and the violations and disciplines of every record, less any text a record that is
     * not confidential also shows (a stage note such as "Thông báo đến đối tượng").
     */
    private static List<Secret> secrets(List<Organisation> organisations) {
        Map<String, Secret> out = new LinkedHashMap<>();
        Set<String> open = new java.util.HashSet<>();
        for (Organisation o : organisations) {
            for (Activity a : ktgs.ports().activities().ofOrganisation(o.id())) {
                List<String> texts = new ArrayList<>();
                List<String> confidential = new ArrayList<>();
                texts.add(a.subject());
                a.stages().forEach(s -> texts.add(s.note()));
                Conclusion c = a.conclusion();
                if (c != null) {
                    texts.addAll(c.strengths());
                    texts.addAll(c.shortcomings());
                    texts.add(c.minutesReference());
                    c.violations().forEach(v -> confidential.add(v.description()));
                }
                for (Recommendation r : a.recommendations()) {
                    texts.add(r.text());
                    texts.add(r.followUpNote());
                }
                a.coordinations().forEach(x -> texts.add(x.note()));
                a.disciplines().forEach(d -> {
                    confidential.add(d.reason());
                    confidential.add(d.decisionReference());
                });
                if (a.isPlanned()) {
                    open.addAll(texts);
                } else {
                    confidential.addAll(texts);
                    out.put(a.id().toString(), new Secret(o, a.id().value().toString(), true));
                    for (Recommendation r : a.recommendations()) {
                        out.put(r.id().toString(), new Secret(o, r.id().value().toString(), true));
                    }
                }
                for (String t : confidential) {
                    if (t.strip().length() >= 6) {
                        out.putIfAbsent(t, new Secret(o, t.strip(), false));
                    }
                }
            }
        }
        out.values().removeIf(s -> !s.isId() && open.contains(s.text()));
        return List.copyOf(out.values());
    }

    /**
     * No caller, a stranger (a well-formed member id that names no member), an administrator who is no member,
     * and one member of each kind: members whose rights (read, read confidential, guide, write) on every
     * organisation holding secrets are the same are one kind; the first of each kind is also tried with
     * administration granted.
     */
    private static List<Who> callers(List<Organisation> organisations, List<Secret> secrets, AccessRules rules) {
        List<Who> out = new ArrayList<>();
        out.add(new Who("no caller", null, Map.of()));
        UUID stranger = UUID.randomUUID();
        out.add(new Who("stranger", new Caller(new MemberId(stranger), Set.of()),
                Map.of(TrustedHeaderCallerResolver.MEMBER, stranger.toString())));
        out.add(new Who("administrator", Caller.administrator(),
                Map.of(TrustedHeaderCallerResolver.AUTHORITY, "ADMINISTRATOR")));
        Set<Organisation> holding = new LinkedHashSet<>();
        secrets.forEach(s -> holding.add(s.organisation()));
        Set<List<Boolean>> kinds = new java.util.HashSet<>();
        for (Member m : members(organisations)) {
            List<Boolean> kind = new ArrayList<>();
            for (Organisation o : holding) {
                for (Action a : List.of(Action.READ, Action.READ_CONFIDENTIAL)) {
                    kind.add(rules.allows(Caller.member(m.id()), a, o.id()));
                }
            }
            if (!kinds.add(kind)) {
                continue;
            }
            out.add(new Who(m.code(), Caller.member(m.id()),
                    Map.of(TrustedHeaderCallerResolver.MEMBER, m.id().value().toString())));
            out.add(new Who(m.code() + "+administrator", new Caller(m.id(), Set.of(Authority.ADMINISTRATOR)),
                    Map.of(TrustedHeaderCallerResolver.MEMBER, m.id().value().toString(),
                            TrustedHeaderCallerResolver.AUTHORITY, "ADMINISTRATOR")));
        }
        return out;
    }

    private static Set<Member> members(List<Organisation> organisations) {
        Set<Member> out = new LinkedHashSet<>();
        organisations.forEach(o -> out.addAll(ktgs.ports().members().ofOrganisation(o.id())));
        return out;
    }

    /** Every value the scenario has for each parameter name, by the first segment of the path for {@code id}. */
    private static Map<String, List<String>> values(List<Organisation> organisations) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        List<String> orgs = organisations.stream().map(o -> o.id().value().toString()).toList();
        v.put("organisations.id", orgs);
        v.put("committee", orgs);
        v.put("organisation", orgs);
        v.put("cell", organisations.stream().filter(o -> o.kind().isCell()).map(o -> o.id().value().toString())
                .toList());
        v.put("members.id", members(organisations).stream().map(m -> m.id().value().toString()).toList());
        List<Document> documents = ktgs.ports().documents().all();
        v.put("documents.id", documents.stream().map(d -> d.id().value().toString()).toList());
        v.put("document", v.get("documents.id"));
        List<String> disseminations = new ArrayList<>();
        for (Document d : documents) {
            for (Dissemination x : ktgs.ports().disseminations().ofDocument(d.id())) {
                disseminations.add(x.id().value().toString());
            }
        }
        v.put("dissemination", disseminations);
        v.put("plans.id", ktgs.ports().plans().ofYear(2025).stream().map(Plan::id).map(p -> p.value().toString())
                .toList());
        List<String> activities = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        Set<String> periods = new TreeSet<>();
        for (Organisation o : organisations) {
            ktgs.ports().activities().ofOrganisation(o.id()).forEach(a -> activities.add(a.id().value().toString()));
            for (Report r : ktgs.ports().reports().ofOrganisation(o.id())) {
                reports.add(r.id().value().toString());
                periods.add(r.period().toString());
            }
        }
        v.put("activities.id", activities);
        v.put("reports.id", reports);
        v.put("period", List.copyOf(periods));
        v.put("year", List.of("2025"));
        v.put("on", List.of(LocalDate.now(ktgs.clock()).toString()));
        v.put("size", List.of("500"));
        // a document's number and day (the JSON answer ignores them; a document asked for by Accept uses them)
        v.put("number", List.of("12-BC/CB"));
        v.put("issuedOn", List.of(LocalDate.now(ktgs.clock()).toString()));
        return v;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** Every URL of an operation: each combination of the values of its path and query parameters. */
    private static List<String> urls(String template, JsonNode operation, Map<String, List<String>> values) {
        List<String> urls = new ArrayList<>();
        urls.add(template);
        Matcher m = PLACEHOLDER.matcher(template);
        String[] parts = template.split("/");
        String segment = parts.length > 1 ? parts[1] : "";
        while (m.find()) {
            String name = m.group(1);
            List<String> candidates = values.get(name.equals("id") ? segment + ".id" : name);
            assertThat(candidates).as("values for {%s} of %s", name, template).isNotNull().isNotEmpty();
            List<String> next = new ArrayList<>();
            for (String u : urls) {
                for (String c : candidates) {
                    next.add(u.replace("{" + name + "}", c));
                }
            }
            urls = next;
        }
        for (JsonNode p : operation.path("parameters")) {
            if (!p.path("in").asText().equals("query") || p.path("name").asText().equals("page")) {
                continue;
            }
            String name = p.path("name").asText();
            List<String> candidates = values.get(name);
            assertThat(candidates).as("values for ?%s of %s", name, template).isNotNull().isNotEmpty();
            List<String> next = new ArrayList<>();
            for (String u : urls) {
                for (String c : candidates) {
                    next.add(u + (u.contains("?") ? "&" : "?") + name + "=" + URLEncoder.encode(c,
                            StandardCharsets.UTF_8));
                }
            }
            urls = next;
        }
        return urls;
    }

    private static HttpResponse<byte[]> send(@Nullable Who who, String url) throws Exception {
        return HTTP.send(request(who, url), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(@Nullable Who who, String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUri() + url.substring(1)));
        if (who != null) {
            who.headers().forEach(b::header);
        }
        return b.GET().build();
    }
}
