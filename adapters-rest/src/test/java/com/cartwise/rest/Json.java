package com.cartwise.rest;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A JSON response body, read by paths such as {@code recommendations[0].variant.sku}. */
public record Json(JsonNode root, String text) {
    private static final Pattern STEP = Pattern.compile("([a-z_]+)|\\[(\\d+)]");

    public JsonNode node(String path) {
        JsonNode node = root;
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            node = m.group(1) != null ? node.get(m.group(1)) : node.get(Integer.parseInt(m.group(2)));
            if (node == null) {
                throw new AssertionError("no " + path + " in " + this);
            }
        }
        return node;
    }

    public String text(String path) {
        JsonNode node = node(path);
        if (!node.isString()) {
            throw new AssertionError(path + " is not a string but " + node.getValue());
        }
        return node.getStringValue();
    }

    public long number(String path) {
        JsonNode node = node(path);
        if (!node.isNumber()) {
            throw new AssertionError(path + " is not a number but " + node.getValue());
        }
        return node.getLongValue();
    }

    public double decimal(String path) {
        return node(path).getDoubleValue();
    }

    public boolean isNull(String path) {
        return node(path).isNull();
    }

    public int size(String path) {
        return node(path).size();
    }

    /** The member names of an object, sorted: a response's shape. */
    public TreeSet<String> fields(String path) {
        TreeSet<String> names = new TreeSet<>();
        for (Map.Entry<String, JsonNode> entry : node(path).entries()) {
            names.add(entry.getKey());
        }
        return names;
    }

    public List<String> texts(String path) {
        List<String> texts = new ArrayList<>();
        node(path).values().forEach(n -> texts.add(n.getStringValue()));
        return texts;
    }

    @Override
    public String toString() {
        return text;
    }

    /** The body as text without its {@code recommendation_id}, which every answer has of its own. */
    public String withoutRecommendationId() {
        return text.replaceAll("\"recommendation_id\":\"[0-9a-f]{32}\"", "\"recommendation_id\":\"\"");
    }

    /** The member names of an object at the root, sorted. */
    public TreeSet<String> fields() {
        return fields("");
    }
}
