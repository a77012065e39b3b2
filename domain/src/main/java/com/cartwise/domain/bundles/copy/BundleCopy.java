package com.cartwise.domain.bundles.copy;

import com.cartwise.domain.InvalidInputException;

/**
 * Storefront text for a bundle, and which writer produced it ({@link TemplateCopyWriter#NAME}, or
 * the AI writer's name and model), so the dashboard can say so.
 */
public record BundleCopy(String title, String description, String tagline, String writer) {
    public BundleCopy {
        InvalidInputException.require(title != null && !title.isBlank(), "title", "is required");
        InvalidInputException.require(description != null && !description.isBlank(), "description", "is required");
        InvalidInputException.require(tagline != null && !tagline.isBlank(), "tagline", "is required");
        InvalidInputException.require(writer != null && !writer.isBlank(), "writer", "is required");
        title = title.strip();
        description = description.strip();
        tagline = tagline.strip();
    }
}
