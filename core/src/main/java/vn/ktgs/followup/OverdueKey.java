package vn.ktgs.followup;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of an overdue item, stable across runs and days: its kind and the references that make it that item
 * and no other — the organisation and year of a plan not adopted, the plan item, the recommendation, the
 * organisation and period of a report, the cell and the first day without an assigned member, the document and the
 * member not reached. Notices are remembered by it ({@link SentNotices}).
 *
 * @param kind the kind of item
 * @param reference the references, {@code /}-separated, in the form {@link #toString()} shows after the kind
 */
public record OverdueKey(OverdueKind kind, String reference) {

    private static final Pattern REFERENCE = Pattern.compile("[0-9A-Za-z/-]{1,200}");

    public OverdueKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("not a reference: " + reference);
        }
    }

    /** The key of {@code kind} over the given references, joined by {@code /}. */
    public static OverdueKey of(OverdueKind kind, Object... references) {
        StringBuilder b = new StringBuilder();
        for (Object r : references) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(r);
        }
        return new OverdueKey(kind, b.toString());
    }

    /**
     * Reads {@link #toString()} back.
     *
     * @throws IllegalArgumentException when {@code text} is not a key
     */
    public static OverdueKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not an overdue key: " + text);
        }
        return new OverdueKey(OverdueKind.valueOf(text.substring(0, colon)), text.substring(colon + 1));
    }

    /** {@code KIND:reference}, for example {@code REPORT_NOT_SUBMITTED:6f1c…/2025-Q3}. */
    @Override
    public String toString() {
        return kind.name() + ":" + reference;
    }
}
