package com.cartwise.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.access.Budget;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BucketBudgetsTest {
    private final BucketBudgets budgets = new BucketBudgets(Map.of(
            Budget.POS, new BucketBudgets.Limit(3, Duration.ofMinutes(1)),
            Budget.DASHBOARD, new BucketBudgets.Limit(1, Duration.ofHours(1))));

    @Test
    void aKeyMayBurstToItsBudgetAndIsThenToldHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), budgets.take("till", Budget.POS));
        }

        Duration wait = budgets.take("till", Budget.POS).orElseThrow();

        // One request refills in a third of the minute.
        assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofSeconds(20)) <= 0, wait.toString());
    }

    @Test
    void eachKeyAndEachBudgetCountsApart() {
        assertEquals(Optional.empty(), budgets.take("back-office", Budget.DASHBOARD));
        assertTrue(budgets.take("back-office", Budget.DASHBOARD).isPresent());

        assertEquals(Optional.empty(), budgets.take("back-office", Budget.POS));
        assertEquals(Optional.empty(), budgets.take("another", Budget.DASHBOARD));
    }

    @Test
    void aBudgetMustBeNamedForEveryKindAndBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new BucketBudgets(Map.of(Budget.POS, new BucketBudgets.Limit(1, Duration.ofSeconds(1)))));
        assertThrows(IllegalArgumentException.class, () -> new BucketBudgets.Limit(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new BucketBudgets.Limit(1, Duration.ZERO));
    }
}
