package vn.ktgs.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bridge from Jakarta Bean Validation to {@link Violation}: every constraint violation of a command
 * becomes a violation with the property path and the message key of the constraint, in a stable order.
 */
public final class BeanValidation {

    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

    private final Validator validator;

    public BeanValidation(Validator validator) {
        this.validator = validator;
    }

    /** Every violation of {@code command}'s constraints, sorted by path then rule. */
    public <T> List<Violation> check(T command) {
        return toViolations(validator.validate(command));
    }

    public static <T> List<Violation> toViolations(Set<ConstraintViolation<T>> found) {
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<T> cv : found) {
            out.add(toViolation(cv));
        }
        out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
        return out;
    }

    static Violation toViolation(ConstraintViolation<?> cv) {
        String template = cv.getMessageTemplate();
        String rule = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        Map<String, Object> args = new TreeMap<>();
        ConstraintDescriptor<?> d = cv.getConstraintDescriptor();
        d.getAttributes().forEach((k, v) -> {
            if (!NOT_ARGUMENTS.contains(k)) {
                args.put(k, String.valueOf(v));
            }
        });
        // Hibernate Validator names a container element "<list element>": the index before it is the path
        String path = cv.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
        return new Violation(path, rule, args);
    }
}
