package vn.ktgs.activity;

import java.time.LocalDate;
import java.util.Objects;
import vn.ktgs.plan.Target;

/**
 * Kỷ luật: a disciplinary decision taken on a target of the activity, within the deciding organisation's
 * competence.
 *
 * @param decisionReference the number of the decision (quyết định)
 */
public record Discipline(Target target, DisciplineForm form, LocalDate decidedOn, String reason,
                         String decisionReference) {
    public Discipline {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decisionReference, "decisionReference");
    }
}
