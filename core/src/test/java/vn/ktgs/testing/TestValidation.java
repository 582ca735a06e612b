package vn.ktgs.testing;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/** The Bean Validation provider the tests use (Hibernate Validator), built once. */
public final class TestValidation {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private TestValidation() {
    }

    public static Validator validator() {
        return FACTORY.getValidator();
    }
}
