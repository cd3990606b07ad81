package org.warmintro.contacts.contact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An IANA time zone such as {@code Europe/Brussels}: emails wait for a decent hour in it. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Constraint(validatedBy = TimeZone.Validator.class)
public @interface TimeZone {

    String message() default "must be a time zone such as Europe/Brussels";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TimeZone, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                ZoneId.of(value);
                return value.contains("/") || "UTC".equals(value);
            } catch (DateTimeException e) {
                return false;
            }
        }
    }
}
