package vn.ktgs.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.followup.EscalationPolicy;
import vn.ktgs.followup.EscalationRole;
import vn.ktgs.followup.EscalationStep;
import vn.ktgs.followup.FollowUpRules;
import vn.ktgs.followup.OverdueKind;

/**
 * Quy định theo dõi, đôn đốc dạng JSON: reads {@link FollowUpRules} — the plan deadline, the delays for a cell's
 * assignment and for dissemination, and the steps of escalation — from JSON, strictly: invalid UTF-8, a syntax
 * error, a wrong type, a missing or unknown key, an unknown role or kind, a number of days out of range, steps whose
 * delays do not increase, each reported with its JSON path ({@code escalation[1].afterDays}), all at once, and
 * nothing is loaded. The format is described by {@link #SCHEMA_RESOURCE} and {@code adapters-json/README.md}; the
 * shipped default ({@link #shippedDefault()}) holds the same numbers as the core's {@link FollowUpRules#defaults()}.
 */
public final class JsonFollowUpRules {

    /** The classpath resource of the shipped default rules. */
    public static final String DEFAULT_RESOURCE = "/vn/ktgs/json/follow-up-rules-default.json";
    /** The JSON Schema (2020-12) of the format, shipped in the jar. */
    public static final String SCHEMA_RESOURCE = "/vn/ktgs/json/follow-up-rules.schema.json";

    private static final Set<String> KEYS = Set.of("schemaVersion", "legalReference", "effectiveFrom",
            "planAdoptionDays", "assignmentDays", "disseminationDays", "escalation", "escalationByKind");

    /**
     * Reads and checks the rules.
     *
     * @throws RejectedException with every problem, each naming its JSON path
     */
    public FollowUpRules read(InputStream in) {
        JsonNode tree = JsonCriteriaSets.parse(in);
        List<Violation> v = new ArrayList<>();
        StrictNode root = StrictNode.root(tree, v);
        if (!root.object(KEYS)) {
            throw new RejectedException(v);
        }
        Integer schema = root.integer("schemaVersion");
        if (schema != null && schema != FollowUpRules.SCHEMA_VERSION) {
            throw new RejectedException(Violation.of("schemaVersion", "ktgs.data.schemaVersion", "found", schema,
                    "supported", FollowUpRules.SCHEMA_VERSION));
        }
        String reference = root.text("legalReference");
        LocalDate from = root.date("effectiveFrom");
        Integer plan = days(root, "planAdoptionDays");
        Integer assignment = days(root, "assignmentDays");
        Integer dissemination = days(root, "disseminationDays");
        List<EscalationStep> steps = steps(root, "escalation", v);
        Map<OverdueKind, List<EscalationStep>> byKind = new EnumMap<>(OverdueKind.class);
        if (root.has("escalationByKind")) {
            StrictNode kinds = root.child("escalationByKind");
            List<String> names = Arrays.stream(OverdueKind.values()).map(Enum::name).toList();
            if (kinds.object(Set.copyOf(names))) {
                for (String name : kinds.keys()) {
                    if (names.contains(name)) {
                        List<EscalationStep> own = steps(kinds, name, v);
                        if (own != null) {
                            byKind.put(OverdueKind.valueOf(name), own);
                        }
                    }
                }
            }
        }
        if (!v.isEmpty()) {
            throw new RejectedException(v);
        }
        return new FollowUpRules(reference, from, plan, assignment, dissemination,
                new EscalationPolicy(steps, byKind));
    }

    /** The shipped default rules. */
    public static FollowUpRules shippedDefault() {
        try (InputStream in = JsonFollowUpRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_RESOURCE);
            }
            return new JsonFollowUpRules().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Integer days(StrictNode n, String key) {
        Integer days = n.integer(key);
        if (days == null) {
            return null;
        }
        Violation range = FollowUpRules.checkDays(key, days);
        if (range != null) {
            n.violation(key, range.rule(), "value", days, "max", FollowUpRules.MAX_DAYS);
            return null;
        }
        return days;
    }

    private static @Nullable List<EscalationStep> steps(StrictNode parent, String key, List<Violation> v) {
        int before = v.size();
        List<StrictNode> nodes = parent.array(key);
        List<EscalationStep> out = new ArrayList<>();
        for (StrictNode s : nodes) {
            if (!s.object(Set.of("afterDays", "to"))) {
                continue;
            }
            Integer after = s.integer("afterDays");
            if (after != null && (after < 1 || after > FollowUpRules.MAX_DAYS)) {
                s.violation("afterDays", "ktgs.followup.step.afterDays", "value", after, "max",
                        FollowUpRules.MAX_DAYS);
                after = null;
            }
            List<EscalationRole> roles = new ArrayList<>();
            List<StrictNode> to = s.array("to");
            for (int i = 0; i < to.size(); i++) {
                EscalationRole r = role(to.get(i));
                if (r != null && roles.contains(r)) {
                    to.get(i).violation("", "ktgs.followup.role.twice", "value", r.name());
                } else if (r != null) {
                    roles.add(r);
                }
            }
            if (s.has("to") && to.isEmpty()) {
                s.violation("to", "ktgs.followup.step.noRole");
            }
            if (after != null && !roles.isEmpty()) {
                out.add(new EscalationStep(after, roles));
            }
        }
        if (v.size() == before) {
            String path = parent.path().isEmpty() ? key : parent.path() + "." + key;
            EscalationPolicy.check(out).forEach(p -> v.add(p.under(path)));
        }
        return v.size() == before ? out : null;
    }

    private static @Nullable EscalationRole role(StrictNode n) {
        String name = n.asText();
        if (name == null) {
            return null;
        }
        for (EscalationRole r : EscalationRole.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        n.violation("", "ktgs.followup.role.unknown", "value", name, "allowed",
                String.join(", ", Arrays.stream(EscalationRole.values()).map(Enum::name).toList()));
        return null;
    }
}
