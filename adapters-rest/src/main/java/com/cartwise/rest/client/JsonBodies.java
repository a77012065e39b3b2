package com.cartwise.rest.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The JSON bodies the client sends, written with the streaming generator: no binding framework. */
final class JsonBodies {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonBodies() {
    }

    /** A training's body: the scorer to rank by, or none for the one evaluation chooses. */
    static String training(Optional<String> metric) {
        return object(json -> {
            if (metric.isPresent()) {
                json.writeStringField("metric", metric.get());
            }
        });
    }

    /** {"objectives": [...], "types": [...], "ai_copy": false, "min_support": 0.01}: empty lists and unset thresholds left out. */
    static String generation(GenerationStart start) {
        return object(json -> {
            names(json, "objectives", start.objectives());
            names(json, "types", start.types());
            json.writeBooleanField("ai_copy", start.aiCopy());
            if (start.minSupport().isPresent()) {
                json.writeNumberField("min_support", start.minSupport().getAsDouble());
            }
            if (start.minConfidence().isPresent()) {
                json.writeNumberField("min_confidence", start.minConfidence().getAsDouble());
            }
        });
    }

    /** {"shop_id": ..., "name": ..., "currency": ...}. */
    static String shop(String shopId, String name, String currency) {
        return object(json -> {
            json.writeStringField("shop_id", shopId);
            json.writeStringField("name", name);
            json.writeStringField("currency", currency);
        });
    }

    /** {"label": ...}, or {} without one. */
    static String apiKey(Optional<String> label) {
        return object(json -> {
            if (label.isPresent()) {
                json.writeStringField("label", label.get());
            }
        });
    }

    /** {"note": ...}, or {} without one: a review's body. */
    static String note(Optional<String> note) {
        return object(json -> {
            if (note.isPresent()) {
                json.writeStringField("note", note.get());
            }
        });
    }

    private interface Members {
        void write(JsonGenerator json) throws IOException;
    }

    private static String object(Members members) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            members.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a request body", e);
        }
        return text.toString();
    }

    private static void names(JsonGenerator json, String field, List<String> names) throws IOException {
        if (!names.isEmpty()) {
            json.writeArrayFieldStart(field);
            for (String name : names) {
                json.writeString(name);
            }
            json.writeEndArray();
        }
    }
}
