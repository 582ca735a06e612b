package vn.ktgs.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidText}. */
public final class ValidTextValidator implements ConstraintValidator<ValidText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Texts.isValid(value);
    }
}
