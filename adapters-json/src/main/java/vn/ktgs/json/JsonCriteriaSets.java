package vn.ktgs.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * not loaded. The structure is said once, by the shipped schema ({@link #SCHEMA_RESOURCE}), which the reader checks
 * every file against ({@code StrictSchema}) before Jackson binds it; what a schema cannot say is the core's
 * {@code CriteriaSetRules}. The format is described in {@code adapters-json/README.md}; the shipped default is
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
     * its set (a file may name it in {@code "$schema"}, which the reader ignores), and what the reader checks every
     * file against: the schema is the reader's description of the structure, not a second one beside it. The reader
     * checks more than the schema can say (bands, maxima, thresholds, gates that can hold)
     * ({@code CriteriaSetSchemaTest}).
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

    /** The shipped schema, loaded when a set is first read (reading rule cases only parses). */
    private static final class SchemaHolder {
        static final StrictSchema.Part WHOLE = StrictSchema.load(SCHEMA_RESOURCE).whole();
    }

    /**
     * Reads a set in four steps, as a dataset record is read ({@code DatasetSections}): {@code null} values are taken
     * as absent and texts are checked and normalised to NFC; a schema version the reader does not know stops the
     * file; the file is checked against the shipped schema, which says every rule of structure once; only a file
     * without problems is bound (Jackson databind, strictly) and then checked for what a schema cannot say.
     */
    private static CriteriaSet fromTree(JsonNode tree) {
        List<Violation> v = new ArrayList<>();
        DatasetSections.prepare(tree, "", v);
        JsonNode schemaVersion = tree.path("schemaVersion");
        if (schemaVersion.isIntegralNumber() && (!schemaVersion.canConvertToInt()
                || schemaVersion.intValue() < CriteriaSetRules.OLDEST_SCHEMA_VERSION
                || schemaVersion.intValue() > CriteriaSetRules.SCHEMA_VERSION)) {
            // stop here: the rest of a file in another schema cannot be read reliably
            throw new RejectedException(Violation.of("schemaVersion", "ktgs.data.schemaVersion", "found",
                    schemaVersion.asText(), "supported", CriteriaSetRules.SUPPORTED));
        }
        Set<String> badTexts = new HashSet<>();
        v.forEach(x -> badTexts.add(x.path()));
        List<Violation> structure = new ArrayList<>();
        SchemaHolder.WHOLE.check(tree, "", structure);
        // a text already refused for its characters is not refused again for its value
        structure.stream().filter(x -> !badTexts.contains(x.path())).forEach(v::add);
        if (!v.isEmpty()) {
            throw new RejectedException(v);
        }
        SetFile file;
        try {
            file = DatasetSections.BINDER.treeToValue(tree, SetFile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the schema admitted what the records refuse: say so, never build half a set
            throw new RejectedException(Violation.of("", "ktgs.json.notBound"));
        }
        InForce days = file.inForce();
        if (days.to() != null && days.to().isBefore(days.from())) {
            throw new RejectedException(Violation.of("inForce.to", "ktgs.range.endBeforeStart"));
        }
        CriteriaSet set = file.toSet();
        List<Violation> unsound = CriteriaSetRules.check(set);
        if (!unsound.isEmpty()) {
            throw new RejectedException(unsound);
        }
        return set;
    }

    // ---------------------------------------------------------------- the file as Jackson binds it

    /** A text in both languages: exactly {@code vi} and {@code en}. */
    record Text(String vi, String en) {
        LocalisedText localised() {
            return new LocalisedText(vi, en);
        }
    }

    /**
     * Where the numbers come from: a plain string, read the same in both languages (a bare document number), or an
     * object with {@code vi} and {@code en}.
     */
    record Source(LocalisedText text) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Source plain(String text) {
            return new Source(LocalisedText.neutral(text));
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        static Source both(@JsonProperty("vi") String vi, @JsonProperty("en") String en) {
            return new Source(new LocalisedText(vi, en));
        }
    }

    record InForce(LocalDate from, @Nullable LocalDate to) {
    }

    record BandEntry(BigDecimal from, @Nullable BigDecimal to, BigDecimal points) {
    }

    /** A rule: {@code bands} with its table, {@code proportional}, or {@code perCount} with {@code each}. */
    record RuleEntry(String type, List<BandEntry> bands, @Nullable BigDecimal each) {
        Rule rule() {
            return switch (type) {
                case "bands" -> new Rule.Bands(bands.stream().map(b -> new Band(b.from(), b.to(), b.points())).toList());
                case "proportional" -> new Rule.Proportional();
                case "perCount" -> new Rule.PerCount(Objects.requireNonNull(each, "each"));
                default -> throw new IllegalStateException("the schema admits no rule type " + type);
            };
        }
    }

    record CriterionEntry(String id, Text label, String indicator, BigDecimal max, RuleEntry rule, Source source) {
    }

    /** A gate: exactly one of its four conditions is given (schema 1 knows only {@code below}). */
    record GateEntry(String id, Text label, String indicator, @Nullable BigDecimal below, @Nullable BigDecimal above,
                     @Nullable BigDecimal atLeast, @Nullable BigDecimal atMost, Level cap, Source source) {
        Gate.Condition condition() {
            return below != null ? Gate.Condition.BELOW : above != null ? Gate.Condition.ABOVE
                    : atLeast != null ? Gate.Condition.AT_LEAST : Gate.Condition.AT_MOST;
        }

        BigDecimal threshold() {
            return Objects.requireNonNull(switch (condition()) {
                case BELOW -> below;
                case ABOVE -> above;
                case AT_LEAST -> atLeast;
                case AT_MOST -> atMost;
            }, "threshold");
        }
    }

    record TargetEntry(String id, Text label, String indicator, BigDecimal atLeast, Source source) {
    }

    record LevelsEntry(BigDecimal excellent, BigDecimal good, BigDecimal completed, Source source) {
    }

    /**
     * The quota. From schema 2 it names the {@code order} of codes its tie-break reads ({@code VIETNAMESE} or
     * {@code CODE_POINTS}, required); a set of schema 1 has no such key and keeps the order it was computed with,
     * Unicode code points, so that its results are reproduced.
     */
    record QuotaEntry(BigDecimal share, Quota.Basis basis, Quota.TieBreak tieBreak, Quota.@Nullable CodeOrder order,
                      Source source) {
        Quota quota() {
            return new Quota(share, basis, tieBreak, order == null ? Quota.CodeOrder.CODE_POINTS : order,
                    source.text());
        }
    }

    /** A whole file; {@code $schema} is an editor's pointer to the schema, read and ignored. */
    record SetFile(@JsonProperty("$schema") @Nullable String schema, int schemaVersion, String id, int version,
                   Text label, @JsonProperty("default") boolean isDefault, InForce inForce,
                   List<String> legalReferences, NotApplicable notApplicable, List<CriterionEntry> criteria,
                   List<GateEntry> gates, LevelsEntry levels, @Nullable QuotaEntry quota, List<TargetEntry> targets) {

        /** The set the file describes (its days in order: checked before). */
        CriteriaSet toSet() {
            List<Criterion> cs = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                CriterionEntry c = criteria.get(i);
                cs.add(new Criterion(c.id(), c.label().localised(), indicator(c.indicator()),
                        c.max(), c.rule().rule(), c.source().text()));
            }
            List<Gate> gs = new ArrayList<>();
            for (int i = 0; i < gates.size(); i++) {
                GateEntry g = gates.get(i);
                gs.add(new Gate(g.id(), g.label().localised(), indicator(g.indicator()),
                        g.condition(), g.threshold(), g.cap(), g.source().text()));
            }
            List<CommitteeTarget> ts = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                TargetEntry t = targets.get(i);
                ts.add(new CommitteeTarget(t.id(), t.label().localised(),
                        indicator(t.indicator()), t.atLeast(), t.source().text()));
            }
            Thresholds thresholds = new Thresholds(levels.excellent(), levels.good(), levels.completed(),
                    levels.source().text());
            return new CriteriaSet(id, version, schemaVersion, new DateRange(inForce.from(), inForce.to()),
                    legalReferences, label.localised(), isDefault, cs, notApplicable, gs, thresholds,
                    quota == null ? null : quota.quota(), ts);
        }
    }

    /** The indicator of a code the schema lists (the schema's list is the engine's: {@code CriteriaSetSchemaTest}). */
    private static Indicator indicator(String code) {
        return Indicator.byCode(code).orElseThrow(() -> new IllegalStateException("the schema admits no indicator "
                + code));
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
