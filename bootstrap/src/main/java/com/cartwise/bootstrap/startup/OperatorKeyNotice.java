package com.cartwise.bootstrap.startup;

import com.cartwise.application.access.keys.EnsureOperatorKey;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;

/**
 * Secure by default: a start without {@code cartwise.security.admin-key} and without a kept
 * operator key makes one and prints it this once, on the console (never in the log), with how to
 * set one's own.
 */
public final class OperatorKeyNotice {
    private OperatorKeyNotice() {
    }

    public static void ensure(ApplicationContext context, PrintStream out) {
        switch (context.getBean(EnsureOperatorKey.class).execute()) {
            case EnsureOperatorKey.Result.Generated generated -> out.printf("""
                    Generated the operator key (the admin API and every shop); it is shown this once, keep it:
                      %s
                    Set your own with cartwise.security.admin-key (or CARTWISE_SECURITY_ADMIN_KEY), at least 32 characters,
                    e.g. `openssl rand -hex 32`: it replaces this one.
                    """, generated.key().text());
            case EnsureOperatorKey.Result.Kept kept -> out.println("Operator key: the one generated at the first start"
                    + " (set cartwise.security.admin-key to replace it).");
            case EnsureOperatorKey.Result.Configured configured -> out.println("Operator key: cartwise.security.admin-key.");
        }
    }
}
