package com.cartwise.rest.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.jackson.core.tree.JsonNodeTreeCodec;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the API's JSON documents (jobs, progress events, problems) into the client's records,
 * through a JSON tree: no binding framework, so the client needs no application context.
 */
final class JsonDocuments {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonDocuments() {
    }

    static JsonNode parse(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonNode node = JsonNodeTreeCodec.getInstance().readTree(parser);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    static RemoteJob job(JsonNode json) {
        JsonNode links = json.get("links");
        return new RemoteJob(text(json, "job_id"), text(json, "shop_id"), text(json, "kind"), text(json, "state"),
                text(json, "phase"), number(json, "percent"), text(json, "message"), whole(json, "rows_read"),
                whole(json, "rows_imported"), whole(json, "rows_rejected"), optionalWhole(json, "eta_seconds"),
                instant(json, "started_at"), instant(json, "finished_at"), (int) whole(json, "attempts"),
                present(json, "failure").map(JsonDocuments::failure),
                present(json, "report").filter(r -> "import".equals(text(json, "kind"))).map(JsonDocuments::report),
                present(json, "report").filter(r -> "bundle_generation".equals(text(json, "kind"))).map(JsonDocuments::generationReport),
                present(json, "report").filter(r -> "training".equals(text(json, "kind"))).map(JsonDocuments::trainingReport),
                tallies(json), new RemoteJob.Links(text(links, "self"), text(links, "events"), text(links, "refusals")));
    }

    static JobProgressEvent event(JsonNode json) {
        return new JobProgressEvent(whole(json, "sequence"), text(json, "state"), text(json, "phase"), number(json, "percent"),
                text(json, "message"), whole(json, "rows_read"), whole(json, "rows_imported"), whole(json, "rows_rejected"),
                optionalWhole(json, "eta_seconds"), tallies(json));
    }

    /** A page of bundle recommendations. */
    static List<RemoteBundle> bundles(JsonNode json) {
        List<RemoteBundle> bundles = new ArrayList<>();
        for (JsonNode r : present(json, "bundle_recommendations").map(JsonNode::values).orElse(List.of())) {
            bundles.add(bundle(r));
        }
        return bundles;
    }

    /** One bundle recommendation. */
    static RemoteBundle bundle(JsonNode r) {
        JsonNode b = r.get("bundle");
        JsonNode price = b.get("price");
        return new RemoteBundle(text(r, "bundle_key"), (int) whole(b, "rank"), text(b, "type"), text(b, "objective"),
                text(b.get("copy"), "title"), text(price.get("price"), "amount"), text(price.get("list_price"), "amount"),
                text(price.get("price"), "currency_code"), text(b.get("copy"), "writer"), text(r, "status"), texts(r, "items_without_price"),
                optionalText(r, "approval_problem"));
    }

    /**
     * A model's evaluation, from its detail; empty when the detail carries none. Each row keeps its
     * value at the primary measure's K.
     */
    static Optional<RemoteEvaluation> evaluation(JsonNode model) {
        return present(model, "evaluation").map(json -> {
            JsonNode primary = json.get("primary");
            String measure = text(primary, "measure");
            int k = (int) whole(primary, "k");
            JsonNode ks = json.get("k");
            int at = 0;
            while (ks != null && at < ks.size() && ks.get(at).getIntValue() != k) {
                at++;
            }
            List<RemoteEvaluation.Row> rows = new ArrayList<>();
            for (JsonNode r : present(json, "results").map(JsonNode::values).orElse(List.of())) {
                JsonNode values = r.get(measure);
                rows.add(new RemoteEvaluation.Row(text(r, "scorer"), text(r, "role"), text(r, "protocol"), whole(r, "cases"),
                        values != null && at < values.size() ? values.get(at).getDoubleValue() : 0.0));
            }
            return new RemoteEvaluation(whole(json, "training_orders"), whole(json, "validation_orders"), text(primary, "protocol"),
                    measure, k, text(json, "chosen"), rows);
        });
    }

    static RemoteShop shop(JsonNode json) {
        return new RemoteShop(text(json, "shop_id"), text(json, "name"), text(json, "currency"));
    }

    static RemoteApiKey apiKey(JsonNode json) {
        return new RemoteApiKey(text(json, "key_id"), text(json, "shop_id"), text(json, "label"), text(json, "key"));
    }

    private static Map<String, Long> tallies(JsonNode json) {
        Map<String, Long> tallies = new LinkedHashMap<>();
        present(json, "tallies").ifPresent(t -> t.entries().forEach(e -> tallies.put(e.getKey(), e.getValue().getLongValue())));
        return tallies;
    }

    private static RemoteGenerationReport generationReport(JsonNode json) {
        return new RemoteGenerationReport(whole(json, "orders"), whole(json, "variants"), whole(json, "quick_start_bundles"),
                whole(json, "rules"), whole(json, "candidates"), whole(json, "bundles"), whole(json, "published"), whole(json, "waves"),
                whole(json, "ai_copies"), whole(json, "template_copies"), whole(json, "retired"),
                // 0 from a server from before approvals could be proposed anew, which does not say
                whole(json, "approvals_proposed_anew"));
    }

    private static RemoteTrainingReport trainingReport(JsonNode json) {
        return new RemoteTrainingReport(whole(json, "model_version"), text(json, "metric"), whole(json, "orders"), whole(json, "baskets"),
                whole(json, "lines"), whole(json, "unresolved_lines"), whole(json, "variants"), whole(json, "pairs"),
                whole(json, "size_bytes"), text(json, "model"));
    }

    /** A problem+json answer; a body that is none (a proxy's error page) becomes a problem of its status with its text. */
    static RemoteProblem problem(int status, String body) {
        JsonNode json;
        try {
            json = parse(body);
        } catch (IllegalArgumentException notJson) {
            String text = body == null ? "" : body.strip();
            return new RemoteProblem(status, "about:blank", "HTTP " + status,
                    text.isEmpty() ? "HTTP " + status : text.substring(0, Math.min(500, text.length())),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
        return new RemoteProblem(status, text(json, "type"), text(json, "title"), text(json, "detail"),
                optionalText(json, "field"), place(json), optionalText(json, "job_id"));
    }

    private static RemoteFailure failure(JsonNode json) {
        return new RemoteFailure(text(json, "code"), text(json, "detail"), place(json));
    }

    private static Optional<FilePlace> place(JsonNode json) {
        return optionalText(json, "file").map(file -> new FilePlace(file, whole(json, "line"), (int) whole(json, "column"),
                text(json, "column_name"), text(json, "value")));
    }

    private static RemoteImportReport report(JsonNode json) {
        List<RemoteFileReport> files = new ArrayList<>();
        for (JsonNode file : present(json, "files").map(JsonNode::values).orElse(List.of())) {
            Map<String, Long> counts = new LinkedHashMap<>();
            present(file, "counts").ifPresent(c -> c.entries().forEach(e -> counts.put(e.getKey(), e.getValue().getLongValue())));
            files.add(new RemoteFileReport(text(file, "file"), text(file, "type"), whole(file, "rows"), whole(file, "imported"),
                    whole(file, "refused"), counts, text(file, "date_format"), texts(file, "warnings")));
        }
        return new RemoteImportReport(whole(json, "rows"), whole(json, "imported"), whole(json, "refused"),
                present(json, "lenient").map(JsonNode::getBooleanValue).orElse(false), files);
    }

    private static Optional<JsonNode> present(JsonNode json, String name) {
        JsonNode value = json == null ? null : json.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private static String text(JsonNode json, String name) {
        return optionalText(json, name).orElse("");
    }

    /** A list of strings; empty when absent. */
    private static List<String> texts(JsonNode json, String name) {
        List<String> texts = new ArrayList<>();
        present(json, name).ifPresent(list -> list.values().forEach(value -> texts.add(value.coerceStringValue())));
        return texts;
    }

    private static Optional<String> optionalText(JsonNode json, String name) {
        return present(json, name).map(JsonNode::coerceStringValue);
    }

    private static long whole(JsonNode json, String name) {
        return optionalWhole(json, name).orElse(0);
    }

    private static OptionalLong optionalWhole(JsonNode json, String name) {
        return present(json, name).filter(JsonNode::isNumber).map(n -> OptionalLong.of(n.getLongValue())).orElse(OptionalLong.empty());
    }

    private static double number(JsonNode json, String name) {
        return present(json, name).filter(JsonNode::isNumber).map(JsonNode::getDoubleValue).orElse(0.0);
    }

    /** ISO-8601 text, or a number of seconds since the epoch (with a fraction), as a JSON serializer may write either. */
    private static Optional<Instant> instant(JsonNode json, String name) {
        return present(json, name).map(value -> {
            if (value.isNumber()) {
                double seconds = value.getDoubleValue();
                return Instant.ofEpochSecond((long) Math.floor(seconds), Math.round((seconds - Math.floor(seconds)) * 1e9));
            }
            return Instant.parse(value.getStringValue());
        });
    }
}
