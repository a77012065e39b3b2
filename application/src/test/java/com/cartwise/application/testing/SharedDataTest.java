package com.cartwise.application.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A check on the full public data sets in {@code ../shared/data}: tagged {@code shared-data}, and
 * skipped, saying so, when that folder is absent, so that the repository's own tests pass alone.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("shared-data")
@ExtendWith(SharedDataCondition.class)
public @interface SharedDataTest {
}
