package com.cartwise.shopify;

import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.SourceRow;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bulk operation's JSONL result asked for with {@code groupObjects: true}: each top-level
 * object (a line without {@code __parentId}) is followed by its children, so one object and its
 * children are all that is ever held. A child whose parent is not the object before it means the
 * result is not grouped, which Cartwise cannot read in constant memory: the sync stops and says so.
 */
final class GroupedLines {
    /** How often (in top-level objects) the feed hears how far the reading is, and may cancel it. */
    static final int REPORT_EVERY = 500;

    private final JsonMapper json;

    GroupedLines(JsonMapper json) {
        this.json = json;
    }

    /** Turns one parent and its children into records for the feed; throws NotReadable or InvalidInputException to refuse them. */
    @FunctionalInterface
    interface Group {
        void read(Placed parent, List<Placed> children, ShopifyAdmin.Feed feed);
    }

    void read(InputStream in, int file, ShopifyAdmin.Feed feed, Group group) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            Placed parent = null;
            String parentId = null;
            List<Placed> children = new ArrayList<>();
            long lineNumber = 0;
            long parents = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readValue(line, JsonNode.class);
                String of = Json.text(node, "__parentId").orElse(null);
                Placed placed = new Placed(node, new SourceRow(file, lineNumber));
                if (of == null) {
                    emit(parent, children, feed, group);
                    parent = placed;
                    parentId = Json.textOr(node, "", "id");
                    children = new ArrayList<>();
                    if (++parents % REPORT_EVERY == 0) {
                        feed.progress(ShopifyAdmin.Feed.Step.READING, parents);
                    }
                } else if (of.equals(parentId)) {
                    children.add(placed);
                } else {
                    throw new ShopifyFailure(ShopifyFailure.Kind.REFUSED, "line " + lineNumber + " of the bulk result belongs to "
                            + of + ", which is not the object before it: the result is not grouped (is the API version 2025-07"
                            + " or newer?)");
                }
            }
            emit(parent, children, feed, group);
            feed.progress(ShopifyAdmin.Feed.Step.READING, parents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a downloaded bulk result", e);
        }
    }

    private static void emit(Placed parent, List<Placed> children, ShopifyAdmin.Feed feed, Group group) {
        if (parent != null) {
            readOrRefuse(parent, feed, () -> group.read(parent, children, feed));
        }
    }

    /** Reads an object into records, or refuses it (named by its line and Shopify id) when a field cannot be read. */
    static void readOrRefuse(Placed object, ShopifyAdmin.Feed feed, Runnable read) {
        try {
            read.run();
        } catch (Json.NotReadable e) {
            feed.refuse(new ImportProblem("", object.source().line(), 0, e.field(), Json.textOr(object.node(), "", "id"),
                    e.getMessage()));
        } catch (InvalidInputException e) {
            feed.refuse(new ImportProblem("", object.source().line(), 0, e.field(), Json.textOr(object.node(), "", "id"),
                    e.getMessage()));
        }
    }
}
