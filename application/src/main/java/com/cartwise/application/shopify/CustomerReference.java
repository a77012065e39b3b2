package com.cartwise.application.shopify;

import java.util.Optional;

/** A customer as Shopify's privacy webhooks name them: by Shopify id, e-mail, or both. Never printed. */
public record CustomerReference(Optional<Long> shopifyCustomerId, Optional<String> email) {
    public CustomerReference {
        shopifyCustomerId = shopifyCustomerId == null ? Optional.empty() : shopifyCustomerId;
        email = email == null ? Optional.empty() : email.map(String::strip).filter(e -> !e.isEmpty());
    }

    @Override
    public String toString() {
        return "CustomerReference[hidden]";
    }
}
