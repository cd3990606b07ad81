package org.warmintro.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link MongoServerControl} field of a test, for tests that stop and restart the database to prove that an
 * event that failed while it was away is applied once it is back.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectMongoServer {
}
