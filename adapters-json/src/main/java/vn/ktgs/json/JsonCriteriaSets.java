package vn.ktgs.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.scoring.Band;
import vn.ktgs.scoring.CommitteeTarget;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.CriteriaSetRules;
import vn.ktgs.scoring.Criterion;
import vn.ktgs.scoring.Gate;
import vn.ktgs.scoring.Indicator;
import vn.ktgs.scoring.Level;
import vn.ktgs.scoring.LocalisedText;
import vn.ktgs.scoring.NotApplicable;
import vn.ktgs.scoring.Quota;
import vn.ktgs.scoring.Rule;
import vn.ktgs.scoring.Thresholds;
import vn.ktgs.spi.CriteriaSetLoader;

/**
 * Bộ tiêu chí dạng JSON: reads criteria sets from JSON, strictly. Every problem — invalid UTF-8, a syntax
 * error, a wrong type, a missing or unknown key, an unknown indicator, a band table with a gap or an overlap,
 * points above a maximum, thresholds out of order — is reported with its JSON path, all at once, and the set is
 * not loaded. The format is described in {@code adapters-json/README.md}; the shipped default is
 * {@link #shippedDefault()}.
 */
public final class JsonCriteriaSets implements CriteriaSetLoader {

    /**
     * The classpath resource of the shipped default set for Plan 65-KH/ĐU, version 2: plan quality measured by
     * the members and the committee members the plan targets, the 366-QĐ/TW discipline condition for excellent,
     * and the quota as an optional local rule.
     */
    public static final String DEFAULT_RESOURCE = "/vn/ktgs/json/criteria-default-65-KH-DU.json";

    /**
     * Version 1 of the default set, as it was shipped before version 2 (unchanged, schema 1): still loadable, so
     * that the scores computed under it can be reproduced ({@link #shippedDefault(int)}).
     */
    public static final String DEFAULT_V1_RESOURCE = "/vn/ktgs/json/criteria-default-65-KH-DU-v1.json";

    /**
     * The JSON Schema (2020-12) of a criteria-set file, in the jar: what an editor shows while a province writes
     * its set (a file may name it in {@code "$schema"}, which the reader ignores). The reader checks more than the
     * schema says (bands, maxima, thresholds, gates that can hold); the schema never accepts a structure the
     * reader refuses, nor the reverse ({@code CriteriaSetSchemaTest}).
     */
    public static final String SCHEMA_RESOURCE = "/vn/ktgs/json/criteria-set.schema.json";

    /**
     * The default set of version 2 without the quota: the reading of 366-QĐ/TW itself, which sets no share of
     * excellent organisations ({@link #shippedWithoutQuota()}).
     */
    public static final String NO_QUOTA_RESOURCE = "/vn/ktgs/json/criteria-default-65-KH-DU-no-quota.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public CriteriaSet read(InputStream in) {
        return fromTree(parse(in));
    }

    /**
     * Reads a set after applying an override to it: objects merge key by key, the {@code criteria} and
     * {@code gates} arrays merge element by element matched on {@code id} (an element with a new id is added),
     * other values are replaced. The override must give the new {@code version} (and usually {@code id}).
     */
    public CriteriaSet readWithOverride(InputStream base, InputStream override) {
        JsonNode merged = merge(parse(base).deepCopy(), parse(override));
        return fromTree(merged);
    }

    /** The shipped default set, its newest version (a default to be replaced by each province's own). */
    public static CriteriaSet shippedDefault() {
        return shipped(DEFAULT_RESOURCE);
    }

    /**
     * A version of the shipped default set: 1 (the set before plan quality, discipline gates and the Vietnamese
     * tie-break order) or 2 (the newest).
     *
     * @throws IllegalArgumentException for any other version
     */
    public static CriteriaSet shippedDefault(int version) {
        return switch (version) {
            case 1 -> shipped(DEFAULT_V1_RESOURCE);
            case 2 -> shipped(DEFAULT_RESOURCE);
            default -> throw new IllegalArgumentException("the default set has versions 1 and 2, not " + version);
        };
    }

    /** The shipped default without the quota (the regulation's own reading; a province chooses). */
    public static CriteriaSet shippedWithoutQuota() {
        return shipped(NO_QUOTA_RESOURCE);
    }

    /** Every set shipped in this jar: the default's versions 1 and 2 and version 2 without the quota. */
    public static List<CriteriaSet> shippedSets() {
        return List.of(shippedDefault(1), shippedDefault(2), shippedWithoutQuota());
    }

    private static CriteriaSet shipped(String resource) {
        try (InputStream in = JsonCriteriaSets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new JsonCriteriaSets().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON tree of a file read as a criteria set is (strict; errors in the project's own words). */
    static JsonNode parse(InputStream in) {
        JsonInput input = JsonInput.of(in);
        try {
            JsonNode tree = MAPPER.readTree(input.stream());
            if (tree == null || tree.isMissingNode()) {
                throw new RejectedException(Violation.of("", "ktgs.json.empty"));
            }
            return tree;
        } catch (IOException e) {
            throw new RejectedException(input.problem("", e));
        }
    }

    private static CriteriaSet fromTree(JsonNode tree) {
        List<Violation> v = new ArrayList<>();
        StrictNode root = StrictNode.root(tree, v);
        if (!root.object(Set.of("$schema", "schemaVersion", "id", "version", "label", "default", "inForce", "legalReferences",
                "notApplicable", "criteria", "gates", "levels", "quota", "targets"))) {
            throw new RejectedException(v);
        }
        Integer schema = root.integer("schemaVersion");
        if (schema != null && (schema < CriteriaSetRules.OLDEST_SCHEMA_VERSION
                || schema > CriteriaSetRules.SCHEMA_VERSION)) {
            // stop here: the rest of a file in another schema cannot be read reliably
            throw new RejectedException(Violation.of("schemaVersion", "ktgs.data.schemaVersion", "found", schema,
                    "supported", CriteriaSetRules.SUPPORTED));
        }
        int format = schema == null ? CriteriaSetRules.SCHEMA_VERSION : schema;
        root.optionalText("$schema"); // an editor's pointer to the schema: a text, otherwise ignored
        String id = root.text("id");
        Integer version = root.integer("version");
        LocalisedText label = localised(root.child("label"));
        Boolean isDefault = root.bool("default");
        StrictNode inForce = root.child("inForce");
        LocalDate from = null;
        LocalDate to = null;
        if (inForce.object(Set.of("from", "to"))) {
            from = inForce.date("from");
            to = inForce.optionalDate("to");
            if (from != null && to != null && to.isBefore(from)) {
                inForce.violation("to", "ktgs.range.endBeforeStart");
                to = null;
            }
        }
        List<String> references = new ArrayList<>();
        for (StrictNode r : root.array("legalReferences")) {
            String s = r.asText();
            if (s != null) {
                references.add(s);
            }
        }
        NotApplicable notApplicable = root.enumValue("notApplicable", NotApplicable.class);
        List<Criterion> criteria = new ArrayList<>();
        for (StrictNode c : root.array("criteria")) {
            Criterion criterion = criterion(c);
            if (criterion != null) {
                criteria.add(criterion);
            }
        }
        List<Gate> gates = new ArrayList<>();
        if (root.has("gates")) {
            for (StrictNode g : root.array("gates")) {
                Gate gate = gate(g, format);
                if (gate != null) {
                    gates.add(gate);
                }
            }
        }
        Thresholds thresholds = thresholds(root.child("levels"));
        Quota quota = root.has("quota") ? quota(root.child("quota"), format) : null;
        List<CommitteeTarget> targets = new ArrayList<>();
        if (root.has("targets")) {
            for (StrictNode t : root.array("targets")) {
                CommitteeTarget target = target(t);
                if (target != null) {
                    targets.add(target);
                }
            }
        }
        if (!v.isEmpty()) {
            throw new RejectedException(v);
        }
        CriteriaSet set = new CriteriaSet(id, version, schema, new DateRange(from, to), references, label, isDefault,
                criteria, notApplicable, gates, thresholds, quota, targets);
        List<Violation> unsound = CriteriaSetRules.check(set);
        if (!unsound.isEmpty()) {
            throw new RejectedException(unsound);
        }
        return set;
    }

    /** A text in both languages: an object with exactly {@code vi} and {@code en}. */
    private static @Nullable LocalisedText localised(StrictNode n) {
        if (!n.object(Set.of("vi", "en"))) {
            return null;
        }
        String vi = n.text("vi");
        String en = n.text("en");
        return vi == null || en == null ? null : new LocalisedText(vi, en);
    }

    /**
     * Where the numbers come from: a plain string, read the same in both languages (a bare document number), or an
     * object with {@code vi} and {@code en}.
     */
    private static @Nullable LocalisedText source(StrictNode n) {
        if (n.holdsObject("source")) {
            return localised(n.child("source"));
        }
        String text = n.text("source");
        return text == null ? null : LocalisedText.neutral(text);
    }

    private static @Nullable Indicator indicator(StrictNode n) {
        String code = n.text("indicator");
        if (code == null) {
            return null;
        }
        Optional<Indicator> i = Indicator.byCode(code);
        if (i.isEmpty()) {
            n.violation("indicator", "ktgs.scoring.set.unknownIndicator", "indicator", code);
        }
        return i.orElse(null);
    }

    private static @Nullable Criterion criterion(StrictNode n) {
        if (!n.object(Set.of("id", "label", "indicator", "max", "rule", "source"))) {
            return null;
        }
        String id = n.text("id");
        LocalisedText label = localised(n.child("label"));
        Indicator indicator = indicator(n);
        BigDecimal max = n.number("max");
        Rule rule = rule(n.child("rule"));
        LocalisedText source = source(n);
        if (id == null || label == null || indicator == null || max == null || rule == null || source == null) {
            return null;
        }
        return new Criterion(id, label, indicator, max, rule, source);
    }

    private static @Nullable Rule rule(StrictNode n) {
        if (!n.object(Set.of("type", "bands", "each"))) {
            return null;
        }
        String type = n.text("type");
        if (type == null) {
            return null;
        }
        switch (type) {
            case "bands" -> {
                List<Band> bands = new ArrayList<>();
                boolean ok = true;
                for (StrictNode b : n.array("bands")) {
                    if (!b.object(Set.of("from", "to", "points"))) {
                        ok = false;
                        continue;
                    }
                    BigDecimal from = b.number("from");
                    BigDecimal to = b.optionalNumber("to");
                    BigDecimal points = b.number("points");
                    if (from == null || points == null) {
                        ok = false;
                    } else {
                        bands.add(new Band(from, to, points));
                    }
                }
                if (n.has("each")) {
                    n.violation("each", "ktgs.data.unknownKey", "key", "each");
                }
                return ok ? new Rule.Bands(bands) : null;
            }
            case "proportional" -> {
                for (String k : List.of("bands", "each")) {
                    if (n.has(k)) {
                        n.violation(k, "ktgs.data.unknownKey", "key", k);
                    }
                }
                return new Rule.Proportional();
            }
            case "perCount" -> {
                if (n.has("bands")) {
                    n.violation("bands", "ktgs.data.unknownKey", "key", "bands");
                }
                BigDecimal each = n.number("each");
                return each == null ? null : new Rule.PerCount(each);
            }
            default -> {
                n.violation("type", "ktgs.json.unknownValue", "value", type,
                        "allowed", "[bands, proportional, perCount]");
                return null;
            }
        }
    }

    /**
     * A gate: exactly one of {@code below}, {@code above}, {@code atLeast}, {@code atMost} with its threshold (schema
     * 1 knows only {@code below}, and its other keys are rejected as unknown there).
     */
    private static @Nullable Gate gate(StrictNode n, int format) {
        List<Gate.Condition> allowed = format >= 2 ? List.of(Gate.Condition.values())
                : List.of(Gate.Condition.BELOW);
        Set<String> keys = new java.util.HashSet<>(Set.of("id", "label", "indicator", "cap", "source"));
        allowed.forEach(c -> keys.add(c.key()));
        if (!n.object(keys)) {
            return null;
        }
        String id = n.text("id");
        LocalisedText label = localised(n.child("label"));
        Indicator indicator = indicator(n);
        Gate.Condition condition = null;
        BigDecimal threshold = null;
        if (format < 2) {
            condition = Gate.Condition.BELOW;
            threshold = n.number("below");
        } else {
            int given = 0;
            for (Gate.Condition c : allowed) {
                if (n.has(c.key())) {
                    given++;
                    condition = c;
                    threshold = n.number(c.key());
                }
            }
            if (given != 1) {
                n.violation("", "ktgs.scoring.gate.condition");
                condition = null;
            }
        }
        Level cap = n.enumValue("cap", Level.class);
        LocalisedText source = source(n);
        if (id == null || label == null || indicator == null || condition == null || threshold == null || cap == null
                || source == null) {
            return null;
        }
        return new Gate(id, label, indicator, condition, threshold, cap, source);
    }

    private static @Nullable CommitteeTarget target(StrictNode n) {
        if (!n.object(Set.of("id", "label", "indicator", "atLeast", "source"))) {
            return null;
        }
        String id = n.text("id");
        LocalisedText label = localised(n.child("label"));
        Indicator indicator = indicator(n);
        BigDecimal atLeast = n.number("atLeast");
        LocalisedText source = source(n);
        if (id == null || label == null || indicator == null || atLeast == null || source == null) {
            return null;
        }
        return new CommitteeTarget(id, label, indicator, atLeast, source);
    }

    private static @Nullable Thresholds thresholds(StrictNode n) {
        if (!n.object(Set.of("excellent", "good", "completed", "source"))) {
            return null;
        }
        BigDecimal excellent = n.number("excellent");
        BigDecimal good = n.number("good");
        BigDecimal completed = n.number("completed");
        LocalisedText source = source(n);
        if (excellent == null || good == null || completed == null || source == null) {
            return null;
        }
        return new Thresholds(excellent, good, completed, source);
    }

    /**
     * The quota. From schema 2 it names the {@code order} of codes its tie-break reads ({@code VIETNAMESE} or
     * {@code CODE_POINTS}, required); a set of schema 1 has no such key and keeps the order it was computed with,
     * Unicode code points, so that its results are reproduced.
     */
    private static @Nullable Quota quota(StrictNode n, int format) {
        if (!n.object(format >= 2 ? Set.of("share", "basis", "tieBreak", "order", "source")
                : Set.of("share", "basis", "tieBreak", "source"))) {
            return null;
        }
        BigDecimal share = n.number("share");
        Quota.Basis basis = n.enumValue("basis", Quota.Basis.class);
        Quota.TieBreak tieBreak = n.enumValue("tieBreak", Quota.TieBreak.class);
        Quota.CodeOrder order = format >= 2 ? n.enumValue("order", Quota.CodeOrder.class) : Quota.CodeOrder.CODE_POINTS;
        LocalisedText source = source(n);
        if (share == null || basis == null || tieBreak == null || order == null || source == null) {
            return null;
        }
        return new Quota(share, basis, tieBreak, order, source);
    }

    private static JsonNode merge(JsonNode base, JsonNode patch) {
        if (!(base instanceof ObjectNode target) || !patch.isObject()) {
            return patch;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode current = target.get(e.getKey());
            if (current instanceof ArrayNode list && e.getValue() instanceof ArrayNode changes
                    && Set.of("criteria", "gates").contains(e.getKey())) {
                mergeById(list, changes);
            } else if (current != null && current.isObject() && e.getValue().isObject()) {
                merge(current, e.getValue());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
        return target;
    }

    private static void mergeById(ArrayNode list, ArrayNode changes) {
        for (JsonNode change : changes) {
            JsonNode id = change.get("id");
            boolean merged = false;
            for (int i = 0; i < list.size() && id != null; i++) {
                if (id.equals(list.get(i).get("id"))) {
                    list.set(i, merge(list.get(i), change));
                    merged = true;
                }
            }
            if (!merged) {
                list.add(change);
            }
        }
    }
}
