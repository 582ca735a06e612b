package vn.ktgs.common;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Thrown by {@link Outcome#orThrow()}: a command was rejected and nothing was stored. */
public class RejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public RejectedException(List<Violation> violations) {
        super(render(violations, Messages.VIETNAMESE));
        this.violations = List.copyOf(violations);
    }

    public RejectedException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Every violation as {@code path: message}, one per line, in the given language. */
    public String message(Locale locale) {
        return render(violations, locale);
    }

    private static String render(List<Violation> violations, Locale locale) {
        return violations.stream()
                .map(v -> (v.path().isEmpty() ? "" : v.path() + ": ") + v.message(locale))
                .collect(Collectors.joining("\n"));
    }
}
