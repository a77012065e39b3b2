package com.cartwise.domain.imports;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A customer as Shopify's customers export describes them: personal data, stored for features
 * (spend, frequency) and never written to a log.
 *
 * @param key the Shopify customer id when the export has one, else the e-mail address
 */
public record CustomerRow(SourceRow source, String key, Optional<Long> shopifyCustomerId, String email, String firstName,
                          String lastName, OptionalInt ordersCount, Optional<BigDecimal> totalSpent, List<String> tags,
                          Optional<Boolean> acceptsEmailMarketing) implements ImportRecord {
    public CustomerRow {
        InvalidInputException.require(key != null && !key.isBlank(), "customer", "needs a Customer ID or an Email");
        key = key.strip();
        email = email == null ? "" : email.strip();
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
        InvalidInputException.require(ordersCount == null || ordersCount.isEmpty() || ordersCount.getAsInt() >= 0,
                "orders_count", "must not be negative");
        InvalidInputException.require(totalSpent == null || totalSpent.isEmpty() || totalSpent.get().signum() >= 0,
                "total_spent", "must not be negative");
        shopifyCustomerId = shopifyCustomerId == null ? Optional.empty() : shopifyCustomerId;
        ordersCount = ordersCount == null ? OptionalInt.empty() : ordersCount;
        totalSpent = totalSpent == null ? Optional.empty() : totalSpent;
        tags = tags == null ? List.of() : List.copyOf(tags);
        acceptsEmailMarketing = acceptsEmailMarketing == null ? Optional.empty() : acceptsEmailMarketing;
    }

    @Override
    public String toString() {
        // Records print their components; a customer's must never reach a log line.
        return "CustomerRow[" + source + "]";
    }
}
