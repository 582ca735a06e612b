package vn.ktgs.rest.internal;

import java.util.List;
import vn.ktgs.common.Violation;

/** An error to answer as {@code application/problem+json}: its kind and every violation it found. */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final ProblemType type;
    private final transient List<Violation> violations;

    public ProblemException(ProblemType type, List<Violation> violations) {
        super(type.slug() + ": " + violations);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public ProblemException(ProblemType type, Violation violation) {
        this(type, List.of(violation));
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }
}
