package vn.ktgs.json;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Ktgs;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.document.DocumentId;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.Criterion;
import vn.ktgs.scoring.Gate;
import vn.ktgs.scoring.Indicator;
import vn.ktgs.scoring.IndicatorValue;
import vn.ktgs.scoring.Level;
import vn.ktgs.scoring.RuleCase;
import vn.ktgs.scoring.RuleCases;

/**
 * Trường hợp kiểm thử quy tắc dạng JSON: reads and runs a file of {@link RuleCase}s, strictly like a criteria set
 * (every problem with its JSON path, nothing run when the file is wrong). The format — the criteria set by id and
 * version or by a file, the input as indicator values or a dataset, the expected results — is in the
 * {@code adapters-json} README and its JSON Schema is {@link #SCHEMA_RESOURCE}.
 */
public final class JsonRuleCases {

    /** The JSON Schema of a rule-case file, for an editor's help. */
    public static final String SCHEMA_RESOURCE = "/vn/ktgs/json/rule-cases.schema.json";

    /** The schema version this build reads. */
    public static final int SCHEMA_VERSION = 1;

    private final @Nullable Validator validator;
    private final Map<String, CriteriaSet> shipped = new LinkedHashMap<>();

    /** @param validator the Bean Validation validator a case's dataset is replayed with */
    public JsonRuleCases(Validator validator) {
        this(java.util.Objects.requireNonNull(validator, "validator"), true);
    }

    /**
     * A runner of cases that give their indicator values (a request's body, {@link #run(InputStream, String,
     * Locale)}): with no validator, a case over a dataset cannot be replayed.
     */
    public JsonRuleCases() {
        this(null, false);
    }

    private JsonRuleCases(@Nullable Validator validator, boolean unused) {
        this.validator = validator;
        for (CriteriaSet set : JsonCriteriaSets.shippedSets()) {
            shipped.put(set.id() + "@" + set.version(), set);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper LOOK =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * The rule-case files a path names: the file itself, or every rule-case file below a folder (sorted; other JSON
     * files beside them — the criteria sets and datasets the cases name — left out).
     */
    public static List<Path> filesIn(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(path)) {
            return walk.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f))
                    .filter(JsonRuleCases::looksLikeRuleCases).sorted().toList();
        }
    }

    /**
     * Whether a JSON file is a rule-case file (a top-level object with {@code cases}), for
     * running a folder that also holds the criteria sets and datasets its cases name. A file that cannot be read
     * counts as one, so that its problems are reported.
     */
    public static boolean looksLikeRuleCases(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode tree = LOOK.readTree(in);
            return tree == null || !tree.isObject() || tree.has("cases");
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** The result of one case: its name and path, and every difference (none when it passes). */
    public record CaseResult(String file, String name, String path, List<RuleCases.Mismatch> mismatches) {
        public CaseResult {
            mismatches = List.copyOf(mismatches);
        }

        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    /**
     * Reads the file and runs every case in it.
     *
     * @throws RejectedException when the file (or the criteria set or a dataset it names) is not valid: every
     *     problem with its path; nothing is run then
     */
    public List<CaseResult> run(Path file, Locale locale) {
        return run(read(parse(file), file, locale), file.toString(), locale);
    }

    /**
     * Reads a rule-case file given as bytes — a request's body — and runs every case in it. With no folder to read
     * from, a case may name its criteria set only by id and version, and may not name a dataset file: such a
     * reference is a problem at its path ({@code ktgs.ruleCase.noFolder}), so that a body never makes the host read
     * a file of its own.
     *
     * @param name what the results name as their file (for example {@code body})
     * @throws RejectedException when the body is not valid: every problem with its path; nothing is run then
     */
    public List<CaseResult> run(InputStream body, String name, Locale locale) {
        return run(read(JsonCriteriaSets.parse(body), null, locale), name, locale);
    }

    private List<CaseResult> run(Parsed parsed, String file, Locale locale) {
        List<CaseResult> results = new ArrayList<>();
        vn.ktgs.scoring.Scorer scorer = new vn.ktgs.scoring.Scorer(parsed.set());
        for (Parsed.Case c : parsed.cases()) {
            RuleCases.Outcome outcome = c.dataset() == null ? RuleCases.score(scorer, c.ruleCase())
                    : scoreDataset(parsed.set(), c.ruleCase(), c.dataset());
            results.add(new CaseResult(file, c.ruleCase().name(), c.ruleCase().path(),
                    RuleCases.check(c.ruleCase(), outcome, locale)));
        }
        return results;
    }

    /** The cases of a file with the set they run against. */
    record Parsed(CriteriaSet set, List<Case> cases) {
        record Case(RuleCase ruleCase, @Nullable Dataset dataset) {
        }
    }

    private RuleCases.Outcome scoreDataset(CriteriaSet set, RuleCase c, Dataset d) {
        if (validator == null) {
            throw new IllegalStateException("a case over a dataset needs the runner made with a validator");
        }
        Ktgs ktgs = new DatasetImporter(validator).replay(d);
        var committee = ktgs.organisations().organisationByCode(d.committee()).orElseThrow();
        List<DocumentId> governing = new ArrayList<>();
        for (String number : d.governingDocuments()) {
            ktgs.ports().documents().all().stream().filter(x -> x.number().format().equals(number)).findFirst()
                    .ifPresent(x -> governing.add(x.id()));
        }
        CommitteeScores scores = ktgs.scoring().score(committee.id(), c.year(), set, governing);
        return new RuleCases.Outcome(scores.cells(), scores.targets());
    }

    Parsed read(Path file, Locale locale) {
        return read(parse(file), file, locale);
    }

    private Parsed read(JsonNode tree, @Nullable Path file, Locale locale) {
        List<Violation> v = new ArrayList<>();
        StrictNode root = StrictNode.root(tree, v);
        if (!root.object(Set.of("schemaVersion", "criteriaSet", "defaults", "cases"))) {
            throw new RejectedException(v);
        }
        Integer schema = root.integer("schemaVersion");
        if (schema != null && schema != SCHEMA_VERSION) {
            throw new RejectedException(Violation.of("schemaVersion", "ktgs.data.schemaVersion", "found", schema,
                    "supported", SCHEMA_VERSION));
        }
        CriteriaSet set = criteriaSet(root.child("criteriaSet"), file, v);
        Map<Indicator, IndicatorValue> fileDefaults = root.has("defaults") ? values(root.child("defaults"))
                : Map.of();
        List<Parsed.Case> cases = new ArrayList<>();
        for (StrictNode c : root.array("cases")) {
            Parsed.Case parsed = ruleCase(c, set, fileDefaults, file, v, locale);
            if (parsed != null) {
                cases.add(parsed);
            }
        }
        if (root.has("cases") && cases.isEmpty() && v.isEmpty()) {
            root.violation("cases", "ktgs.ruleCase.noCases");
        }
        if (!v.isEmpty()) {
            throw new RejectedException(v);
        }
        return new Parsed(set, cases);
    }

    private @Nullable CriteriaSet criteriaSet(StrictNode n, @Nullable Path file, List<Violation> v) {
        if (!n.object(Set.of("id", "version", "file"))) {
            return null;
        }
        if (n.has("file")) {
            String name = n.text("file");
            if (name == null) {
                return null;
            }
            if (file == null) {
                n.violation("file", "ktgs.ruleCase.noFolder", "file", name);
                return null;
            }
            Path setFile = file.toAbsolutePath().getParent().resolve(name);
            try (InputStream in = Files.newInputStream(setFile)) {
                return new JsonCriteriaSets().read(in);
            } catch (NoSuchFileException e) {
                n.violation("file", "ktgs.ruleCase.noFile", "file", name);
            } catch (IOException e) {
                n.violation("file", "ktgs.data.unreadable", "reason", e.getMessage());
            } catch (RejectedException e) {
                e.violations().forEach(x -> v.add(x.under(n.path() + ".file[" + name + "]")));
            }
            return null;
        }
        String id = n.text("id");
        Integer version = n.integer("version");
        if (id == null || version == null) {
            return null;
        }
        CriteriaSet set = shipped.get(id + "@" + version);
        if (set == null) {
            n.violation("", "ktgs.ruleCase.unknownSet", "id", id, "version", version, "known",
                    String.join(", ", shipped.keySet()));
        }
        return set;
    }

    private Parsed.@Nullable Case ruleCase(StrictNode c, @Nullable CriteriaSet set,
                                           Map<Indicator, IndicatorValue> fileDefaults, @Nullable Path file,
                                           List<Violation> v, Locale locale) {
        if (!c.object(Set.of("name", "year", "tolerance", "defaults", "dataset", "committee", "cells", "expect"))) {
            return null;
        }
        String name;
        if (c.holdsObject("name")) {
            StrictNode n = c.child("name");
            name = n.object(Set.of("vi", "en")) ? n.text("en".equals(locale.getLanguage()) ? "en" : "vi") : null;
        } else {
            name = c.text("name");
        }
        Integer year = c.integer("year");
        BigDecimal tolerance = c.has("tolerance") ? c.number("tolerance") : BigDecimal.ZERO;
        if (tolerance != null && tolerance.signum() < 0) {
            c.violation("tolerance", "ktgs.ruleCase.negativeTolerance");
            tolerance = null;
        }
        Map<Indicator, IndicatorValue> defaults = new EnumMap<>(Indicator.class);
        defaults.putAll(fileDefaults);
        if (c.has("defaults")) {
            defaults.putAll(values(c.child("defaults")));
        }
        Dataset dataset = null;
        if (c.has("dataset")) {
            String name2 = c.text("dataset");
            if (name2 != null && file == null) {
                c.violation("dataset", "ktgs.ruleCase.noFolder", "file", name2);
            } else if (name2 != null) {
                dataset = dataset(c, file.toAbsolutePath().getParent().resolve(name2), name2, v);
            }
        }
        if (dataset != null) {
            if (year != null && year != dataset.year()) {
                c.violation("year", "ktgs.ruleCase.yearDiffers", "year", year, "dataset", dataset.year());
            }
            for (String key : new String[] {"defaults", "committee"}) {
                if (c.has(key)) {
                    c.violation(key, "ktgs.ruleCase.notWithDataset", "key", key);
                }
            }
        }
        Map<Indicator, IndicatorValue> committee = Map.of();
        if (c.has("committee")) {
            StrictNode k = c.child("committee");
            if (k.object(Set.of("indicators"))) {
                committee = values(k.child("indicators"));
            }
        }
        Set<Indicator> used = EnumSet.noneOf(Indicator.class);
        if (set != null) {
            set.criteria().stream().map(Criterion::indicator).forEach(used::add);
            set.gates().stream().map(Gate::indicator).forEach(used::add);
        }
        List<RuleCase.Cell> cells = new ArrayList<>();
        Set<String> codes = new java.util.HashSet<>();
        List<StrictNode> cellNodes = c.array("cells");
        if (c.has("cells") && cellNodes.isEmpty()) {
            c.violation("cells", "ktgs.ruleCase.noCells");
        }
        for (StrictNode cell : cellNodes) {
            RuleCase.Cell parsed = cell(cell, defaults, dataset == null ? used : Set.of(), set, dataset != null);
            if (parsed != null) {
                if (!codes.add(parsed.code())) {
                    cell.violation("code", "ktgs.ruleCase.repeatedCode", "code", parsed.code());
                } else {
                    cells.add(parsed);
                }
            }
        }
        Map<String, Boolean> targets = new LinkedHashMap<>();
        if (c.has("expect")) {
            StrictNode e = c.child("expect");
            if (e.object(Set.of("targets"))) {
                StrictNode t = e.child("targets");
                if (t.object(Set.copyOf(t.keys()))) {
                    for (String id : t.keys()) {
                        Boolean met = t.bool(id);
                        if (set != null && set.targets().stream().noneMatch(x -> x.id().equals(id))) {
                            t.violation(id, "ktgs.ruleCase.unknownTarget", "id", id);
                        } else if (met != null) {
                            targets.put(id, met);
                        }
                    }
                }
            }
        }
        if (name == null || year == null || tolerance == null) {
            return null;
        }
        return new Parsed.Case(new RuleCase(name, c.path(), year, tolerance, cells, committee, targets), dataset);
    }

    private @Nullable Dataset dataset(StrictNode c, Path path, String name, List<Violation> v) {
        try (InputStream in = Files.newInputStream(path)) {
            return DatasetReader.read(in);
        } catch (NoSuchFileException e) {
            c.violation("dataset", "ktgs.ruleCase.noFile", "file", name);
        } catch (IOException e) {
            c.violation("dataset", "ktgs.data.unreadable", "reason", e.getMessage());
        } catch (RejectedException e) {
            e.violations().forEach(x -> v.add(x.under(c.path() + ".dataset[" + name + "]")));
        }
        return null;
    }

    private RuleCase.@Nullable Cell cell(StrictNode n, Map<Indicator, IndicatorValue> defaults, Set<Indicator> used,
                                         @Nullable CriteriaSet set, boolean fromDataset) {
        if (!n.object(fromDataset ? Set.of("code", "expect") : Set.of("code", "indicators", "expect"))) {
            return null;
        }
        String code = n.text("code");
        Map<Indicator, IndicatorValue> values = new EnumMap<>(Indicator.class);
        values.putAll(defaults);
        if (n.has("indicators")) {
            values.putAll(values(n.child("indicators")));
        }
        for (Indicator i : used) {
            if (!values.containsKey(i)) {
                n.violation("indicators", "ktgs.ruleCase.missingIndicator", "indicator", i.code());
            }
        }
        RuleCase.Expected expected = expected(n.has("expect") ? n.child("expect") : null, set);
        if (code == null || expected == null) {
            return null;
        }
        if (!used.isEmpty()) {
            values.keySet().retainAll(used);
        }
        return new RuleCase.Cell(code, n.path(), values, expected);
    }

    private RuleCase.@Nullable Expected expected(@Nullable StrictNode e, @Nullable CriteriaSet set) {
        if (e == null) {
            return new RuleCase.Expected(Map.of(), Map.of(), List.of(), null, null, null, null, null);
        }
        if (!e.object(Set.of("indicators", "points", "notApplicable", "total", "max", "levelByScore",
                "levelAfterGates", "level"))) {
            return null;
        }
        Map<Indicator, RuleCase.Fraction> indicators = new EnumMap<>(Indicator.class);
        if (e.has("indicators")) {
            values(e.child("indicators")).forEach((i, v) -> indicators.put(i,
                    new RuleCase.Fraction(v.numerator(), v.denominator())));
        }
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        if (e.has("points")) {
            StrictNode p = e.child("points");
            if (p.object(Set.copyOf(p.keys()))) {
                for (String criterion : p.keys()) {
                    BigDecimal n = p.number(criterion);
                    if (!knownCriterion(set, criterion)) {
                        p.violation(criterion, "ktgs.ruleCase.unknownCriterion", "id", criterion);
                    } else if (n != null) {
                        points.put(criterion, n);
                    }
                }
            }
        }
        List<String> notApplicable = new ArrayList<>();
        if (e.has("notApplicable")) {
            for (StrictNode x : e.array("notApplicable")) {
                String s = x.asText();
                if (s != null && !knownCriterion(set, s)) {
                    x.violation("", "ktgs.ruleCase.unknownCriterion", "id", s);
                } else if (s != null) {
                    notApplicable.add(s);
                }
            }
        }
        return new RuleCase.Expected(indicators, points, notApplicable, e.optionalNumber("total"),
                e.optionalNumber("max"),
                e.has("levelByScore") ? e.enumValue("levelByScore", Level.class) : null,
                e.has("levelAfterGates") ? e.enumValue("levelAfterGates", Level.class) : null,
                e.has("level") ? e.enumValue("level", Level.class) : null);
    }

    private static boolean knownCriterion(@Nullable CriteriaSet set, String id) {
        return set == null || set.criteria().stream().anyMatch(c -> c.id().equals(id));
    }

    /**
     * Indicator values by code: {@code "9/30"} (a share; {@code "0/0"} is not applicable), or a number for a flag
     * (0 or 1) or a count.
     */
    private static Map<Indicator, IndicatorValue> values(StrictNode n) {
        Map<Indicator, IndicatorValue> out = new EnumMap<>(Indicator.class);
        if (!n.object(Set.copyOf(n.keys()))) {
            return out;
        }
        for (String code : n.keys()) {
            Indicator indicator = Indicator.byCode(code).orElse(null);
            if (indicator == null) {
                n.violation(code, "ktgs.scoring.set.unknownIndicator", "indicator", code);
                continue;
            }
            long num;
            long den;
            if (n.child(code).isText()) {
                String s = n.text(code);
                int slash = s == null ? -1 : s.indexOf('/');
                try {
                    num = Long.parseLong(slash < 0 ? s : s.substring(0, slash).strip());
                    den = slash < 0 ? 1 : Long.parseLong(s.substring(slash + 1).strip());
                } catch (RuntimeException e) {
                    n.violation(code, "ktgs.ruleCase.badValue", "value", String.valueOf(s));
                    continue;
                }
            } else {
                BigDecimal x = n.number(code);
                if (x == null) {
                    continue;
                }
                if (x.stripTrailingZeros().scale() > 0) {
                    n.violation(code, "ktgs.ruleCase.badValue", "value", x.toPlainString());
                    continue;
                }
                num = x.longValue();
                den = 1;
            }
            try {
                out.put(indicator, new IndicatorValue(indicator, num, den, List.of(), ""));
            } catch (IllegalArgumentException e) {
                n.violation(code, "ktgs.ruleCase.badValue", "value", num + "/" + den);
            }
        }
        return out;
    }

    private static JsonNode parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JsonCriteriaSets.parse(in);
        } catch (IOException e) {
            throw new RejectedException(Violation.of("", "ktgs.data.unreadable", "reason", e.getMessage()));
        }
    }
}
