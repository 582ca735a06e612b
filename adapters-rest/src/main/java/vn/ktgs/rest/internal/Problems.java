package vn.ktgs.rest.internal;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Messages;
import vn.ktgs.common.Violation;
import vn.ktgs.rest.api.Problem;

/** Renders problems in the reader's language. */
public final class Problems {

    /**
     * Rules that say the aggregate is in the wrong state for the command (already submitted, no longer a draft,
     * closed...): a rejection made only of these answers 409 conflict rather than 422 validation.
     */
    static final Set<String> STATE_RULES = Set.of(
            "ktgs.report.alreadySubmitted", "ktgs.report.notSubmitted", "ktgs.report.submitted.immutable",
            "ktgs.report.duplicate", "ktgs.plan.notDraft", "ktgs.plan.notAdopted", "ktgs.activity.closed",
            "ktgs.activity.concluded.immutable", "ktgs.activity.superseded", "ktgs.activity.item.alreadyStarted",
            "ktgs.activity.correction.alreadyCorrected", "ktgs.activity.recommendation.alreadyClosed",
            "ktgs.activity.discipline.duplicate");

    private Problems() {
    }

    /** The kind of a rejection by the core: conflict when every violation is a state rule, else validation. */
    public static ProblemType kindOf(List<Violation> violations) {
        return !violations.isEmpty() && violations.stream().allMatch(v -> STATE_RULES.contains(v.rule()))
                ? ProblemType.CONFLICT : ProblemType.VALIDATION;
    }

    public static Problem render(ProblemType type, List<Violation> violations, Locale locale,
                                 @Nullable String instance) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(v.path(), v.rule(), v.message(locale)))
                .toList();
        String title = Messages.format(type.titleKey(), locale, java.util.Map.of());
        String detail = errors.isEmpty() ? title : errors.stream()
                .map(e -> e.path().isEmpty() ? e.message() : e.path() + ": " + e.message())
                .collect(Collectors.joining("; "));
        return new Problem(type.uri(), title, type.status(), detail, instance, errors);
    }

    public static Response response(ProblemType type, List<Violation> violations, Locale locale,
                                    @Nullable String instance) {
        return Response.status(type.status())
                .type(JsonBodyProvider.PROBLEM_JSON + ";charset=UTF-8")
                .header("Content-Language", locale.getLanguage())
                .entity(render(type, violations, locale, instance))
                .build();
    }
}
