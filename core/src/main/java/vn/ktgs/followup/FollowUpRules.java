package vn.ktgs.followup;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.internal.DataFile;

/**
 * Quy định theo dõi, đôn đốc: the numbers of follow-up that are set locally — by when a plan must be adopted, how
 * long a cell may go without an assigned BCH member, within how many days a document being disseminated must reach
 * every member — and the {@linkplain EscalationPolicy steps of escalation}. The library ships defaults in
 * {@code vn/ktgs/followup/follow-up-rules.properties} ({@link #defaults()}); a host reads its own with
 * {@link #read(InputStream)}, or as JSON with the JSON adapter ({@code JsonFollowUpRules}).
 *
 * <p>Keys of the data file (all required except {@code escalation.<KIND>}, nothing else allowed):
 * {@code planAdoptionDays}, {@code assignmentDays}, {@code disseminationDays} (0 or more), {@code escalation} (the
 * steps, comma-separated, each {@code DAYS:ROLE+ROLE…}, for example {@code 1:RESPONSIBLE+SECRETARY,
 * 15:ASSIGNED_MEMBER}) and {@code escalation.<KIND>} (a kind's own steps, same form).
 *
 * @param legalReference where the numbers come from (the shipped defaults are the library's own: no regulation sets
 *     them)
 * @param effectiveFrom the day they take effect
 * @param planAdoptionDays a plan is due this many days after 1 January of its year (0: on 1 January)
 * @param assignmentDays a cell without an assigned BCH member is overdue this many days after it was established or
 *     its last assignment ended
 * @param disseminationDays a member not reached by a document being disseminated is overdue this many days after
 *     the document was issued, or after the member joined the cell if later
 * @param escalation the steps of escalation
 */
public record FollowUpRules(String legalReference, LocalDate effectiveFrom, int planAdoptionDays, int assignmentDays,
                            int disseminationDays, EscalationPolicy escalation) {

    /** The schema version of the data file this build reads. */
    public static final int SCHEMA_VERSION = 1;
    /** The largest number of days the rules accept for a deadline (a year and a half). */
    public static final int MAX_DAYS = 550;

    private static final String RESOURCE = "follow-up-rules.properties";
    private static final String KINDS = "(" + String.join("|", names(OverdueKind.values())) + ")";
    private static final List<Pattern> KEYS = List.of(Pattern.compile("planAdoptionDays"),
            Pattern.compile("assignmentDays"), Pattern.compile("disseminationDays"), Pattern.compile("escalation"),
            Pattern.compile("escalation\\." + KINDS));
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,9}");
    private static final Pattern STEP = Pattern.compile("\\s*([0-9]{1,9})\\s*:\\s*([A-Z_]+(?:\\s*\\+\\s*[A-Z_]+)*)\\s*");

    public FollowUpRules {
        Objects.requireNonNull(legalReference, "legalReference");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(escalation, "escalation");
        for (int days : new int[] {planAdoptionDays, assignmentDays, disseminationDays}) {
            if (days < 0 || days > MAX_DAYS) {
                throw new IllegalArgumentException("days out of range 0.." + MAX_DAYS + ": " + days);
            }
        }
    }

    /** The defaults shipped with the library. */
    public static FollowUpRules defaults() {
        return from(DataFile.resource(FollowUpRules.class, RESOURCE, SCHEMA_VERSION, KEYS));
    }

    /**
     * Reads the rules from a data file (UTF-8 {@code .properties}, schema version 1).
     *
     * @throws RejectedException with every problem, each with the path {@code follow-up-rules.properties:key}
     */
    public static FollowUpRules read(InputStream in) {
        return from(DataFile.read(RESOURCE, Objects.requireNonNull(in, "in"), SCHEMA_VERSION, KEYS));
    }

    /** The same rules with another policy of escalation. */
    public FollowUpRules withEscalation(EscalationPolicy policy) {
        return new FollowUpRules(legalReference, effectiveFrom, planAdoptionDays, assignmentDays, disseminationDays,
                policy);
    }

    /**
     * The problem of one number of days at {@code path}, if any: below 0 or above {@link #MAX_DAYS}. A reader of a
     * data file in another format uses it so that both report the same.
     */
    public static @Nullable Violation checkDays(String path, long days) {
        return days < 0 || days > MAX_DAYS
                ? Violation.of(path, "ktgs.followup.days.range", "value", days, "max", MAX_DAYS) : null;
    }

    private static FollowUpRules from(DataFile file) {
        List<Violation> v = new ArrayList<>();
        Integer plan = days(file, "planAdoptionDays", v);
        Integer assignment = days(file, "assignmentDays", v);
        Integer dissemination = days(file, "disseminationDays", v);
        List<EscalationStep> steps = steps(file, "escalation", v);
        Map<OverdueKind, List<EscalationStep>> byKind = new EnumMap<>(OverdueKind.class);
        for (OverdueKind kind : OverdueKind.values()) {
            if (file.entries().containsKey("escalation." + kind.name())) {
                List<EscalationStep> own = steps(file, "escalation." + kind.name(), v);
                if (own != null) {
                    byKind.put(kind, own);
                }
            }
        }
        if (!v.isEmpty() || plan == null || assignment == null || dissemination == null || steps == null) {
            throw new RejectedException(v);
        }
        return new FollowUpRules(file.header().legalReference(), file.header().effectiveFrom(), plan, assignment,
                dissemination, new EscalationPolicy(steps, byKind));
    }

    private static @Nullable Integer days(DataFile file, String key, List<Violation> v) {
        String value = file.entries().get(key);
        String path = file.name() + ":" + key;
        if (value == null) {
            v.add(Violation.of(path, "ktgs.data.missingKey"));
            return null;
        }
        if (!NUMBER.matcher(value).matches()) {
            v.add(Violation.of(path, "ktgs.data.notANumber", "value", value));
            return null;
        }
        int n = Integer.parseInt(value);
        Violation range = checkDays(path, n);
        if (range != null) {
            v.add(range);
            return null;
        }
        return n;
    }

    private static @Nullable List<EscalationStep> steps(DataFile file, String key, List<Violation> v) {
        String value = file.entries().get(key);
        String path = file.name() + ":" + key;
        if (value == null) {
            v.add(Violation.of(path, "ktgs.data.missingKey"));
            return null;
        }
        List<EscalationStep> out = new ArrayList<>();
        int before = v.size();
        String[] parts = value.isBlank() ? new String[0] : value.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String at = path + "[" + i + "]";
            Matcher m = STEP.matcher(parts[i]);
            if (!m.matches()) {
                v.add(Violation.of(at, "ktgs.followup.step.form", "value", parts[i].strip()));
                continue;
            }
            long days = Long.parseLong(m.group(1));
            if (days < 1 || days > MAX_DAYS) {
                v.add(Violation.of(at + ".afterDays", "ktgs.followup.step.afterDays", "value", days,
                        "max", MAX_DAYS));
                continue;
            }
            List<EscalationRole> roles = new ArrayList<>();
            for (String name : m.group(2).split("\\+")) {
                String role = name.strip();
                EscalationRole r = role(role);
                if (r == null) {
                    v.add(Violation.of(at + ".to", "ktgs.followup.role.unknown", "value", role,
                            "allowed", String.join(", ", names(EscalationRole.values()))));
                } else if (roles.contains(r)) {
                    v.add(Violation.of(at + ".to", "ktgs.followup.role.twice", "value", role));
                } else {
                    roles.add(r);
                }
            }
            if (!roles.isEmpty()) {
                out.add(new EscalationStep((int) days, roles));
            }
        }
        if (v.size() == before) {
            EscalationPolicy.check(out).forEach(p -> v.add(p.under(path)));
        }
        return v.size() == before ? out : null;
    }

    private static @Nullable EscalationRole role(String name) {
        for (EscalationRole r : EscalationRole.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : values) {
            out.add(e.name());
        }
        return out;
    }
}
