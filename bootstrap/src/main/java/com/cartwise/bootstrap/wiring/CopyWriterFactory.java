package com.cartwise.bootstrap.wiring;

import com.cartwise.application.port.CopyWriter;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The one place that chooses who writes bundle copy with AI. Until the OpenAI writer is wired
 * here, no AI writer is configured: every call is unavailable, and generation writes each copy
 * with the domain's template (each bundle records the writer that wrote it).
 */
@Factory
final class CopyWriterFactory {

    @Singleton
    CopyWriter aiCopyWriter() {
        return brief -> {
            throw new CopyWriter.CopyUnavailableException("no AI copy writer is configured");
        };
    }
}
