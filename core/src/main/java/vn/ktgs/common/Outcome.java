package vn.ktgs.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Kết quả: the result of a command that can fail for business reasons, carrying every violation at once.
 *
 * @param <T> the value of an accepted command
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Rejected {

    /** An accepted command and what it produced. */
    record Accepted<T>(T value) implements Outcome<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A rejected command: nothing was stored. {@code violations} is never empty. */
    record Rejected<T>(List<Violation> violations) implements Outcome<T> {
        public Rejected {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a rejection names at least one violation");
            }
        }
    }

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> rejected(List<Violation> violations) {
        return new Rejected<>(violations);
    }

    /** Accepted with {@code value} when {@code violations} is empty, otherwise rejected with them. */
    static <T> Outcome<T> of(List<Violation> violations, java.util.function.Supplier<T> value) {
        return violations.isEmpty() ? accepted(value.get()) : rejected(violations);
    }

    default boolean isAccepted() {
        return this instanceof Accepted<T>;
    }

    /** The violations; empty when accepted. */
    default List<Violation> violations() {
        return this instanceof Rejected<T> r ? r.violations() : List.of();
    }

    /** The value, or a {@link RejectedException} with every violation. */
    default T orThrow() {
        if (this instanceof Accepted<T> a) {
            return a.value();
        }
        throw new RejectedException(violations());
    }

    default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
        if (this instanceof Accepted<T> a) {
            return accepted(f.apply(a.value()));
        }
        return rejected(violations());
    }
}
