/**
 * Classes that break the architecture rules on purpose, laid out like the real modules
 * ({@code domain}, {@code application}, adapters, {@code bootstrap}), so that
 * ArchitectureRulesBiteTest can show that every rule catches what it is meant to. Never wired,
 * never run.
 */
package com.cartwise.archfixtures;
