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

    /** {"objectives": [...], "types": [...], "ai_copy": false, "min_support": 0.01}: empty lists and unset thresholds left out. */
    /** A training's body: the scorer to rank by, or none for the one evaluation chooses. */
    static String training(Optional<String> metric) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            if (metric.isPresent()) {
                json.writeStringField("metric", metric.get());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a request body", e);
        }
        return text.toString();
    }

    static String generation(GenerationStart start) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            names(json, "objectives", start.objectives());
            names(json, "types", start.types());
            json.writeBooleanField("ai_copy", start.aiCopy());
            if (start.minSupport().isPresent()) {
                json.writeNumberField("min_support", start.minSupport().getAsDouble());
            }
            if (start.minConfidence().isPresent()) {
                json.writeNumberField("min_confidence", start.minConfidence().getAsDouble());
            }
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
