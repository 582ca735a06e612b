package vn.ktgs.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Văn bản hợp lệ: the text can be written as UTF-8 (no unpaired surrogate) and holds no control
 * characters other than line breaks and tabs. {@code null} is valid; combine with {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidText {

    String message() default "{ktgs.text.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
