package com.cartwise.application.access;

/**
 * The request budgets each shop key has, apart so that a dashboard busy with reports never starves
 * the till: POS is what a checkout waits for (recommendations, bundles for a cart, every gRPC call),
 * the dashboard is everything else.
 */
public enum Budget {
    DASHBOARD,
    POS
}
