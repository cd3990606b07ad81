package org.warmintro.contacts.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text without control characters (Unicode category Cc): names and short values travel into email subjects and other
 * headers downstream, where a line break would start a header of its own. Free text written over several lines (a
 * note, a self-introduction) may hold line feeds and tabs, and CR LF, which {@link LineBreaks#normalised} stores as a
 * line feed; a lone carriage return is refused there too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE })
@Constraint(validatedBy = NoControlCharacters.Validator.class)
public @interface NoControlCharacters {

    String ONE_LINE = "must be one line without control characters";
    String FREE_TEXT = "must not contain control characters other than line breaks and tabs";

    /** Whether the text may run over several lines: line feeds, CR LF and tabs are then allowed. */
    boolean multiline() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NoControlCharacters, String> {

        private boolean multiline;
        private String message;

        @Override
        public void initialize(NoControlCharacters constraint) {
            multiline = constraint.multiline();
            message = !constraint.message().isEmpty() ? constraint.message() : multiline ? FREE_TEXT : ONE_LINE;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || isAllowed(value, multiline)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }

        /** Whether {@code value} has no control character, but for line breaks and tabs in {@code multiline} text. */
        private static boolean isAllowed(String value, boolean multiline) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.getType(c) != Character.CONTROL) {
                    continue;
                }
                boolean lineBreakOrTab = c == '\n' || c == '\t'
                        || c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n';
                if (!multiline || !lineBreakOrTab) {
                    return false;
                }
            }
            return true;
        }
    }
}
