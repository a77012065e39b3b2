package com.cartwise.application.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a {@link SharedDataTest} only where the shared data folder is. */
public final class SharedDataCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return SharedData.present()
                ? ConditionEvaluationResult.enabled("shared data found in " + SharedData.folder())
                : ConditionEvaluationResult.disabled("Skipped: the shared data folder " + SharedData.folder()
                        + " is absent; the checks on the full public data sets need it beside the repository");
    }
}
