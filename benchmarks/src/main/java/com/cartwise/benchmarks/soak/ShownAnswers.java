package com.cartwise.benchmarks.soak;

import com.cartwise.benchmarks.load.CartItem;
import com.cartwise.benchmarks.load.GrpcDoors;
import com.cartwise.benchmarks.load.Requests;
import com.cartwise.proto.v1.Recommendation;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.cartwise.proto.v1.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real answers of the served shop, asked once before the load, whose recommendation ids and
 * variants the soak's events report as shown and accepted, as a till would after showing them.
 */
record ShownAnswers(List<Answer> answers) {

    /**
     * @param shown the recommended variants, in the answer's order
     * @param sources each one's source, in the same order
     * @param cartVariantIds the cart variants the evidence names
     */
    record Answer(String recommendationId, List<Long> shown, List<Source> sources, List<Long> cartVariantIds) {
    }

    ShownAnswers {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("no answer recommended anything: the served shop needs a model that knows its carts");
        }
        answers = List.copyOf(answers);
    }

    /** Asks RecommendForCart for up to {@code count} carts and keeps the answers that recommend something. */
    static ShownAnswers ask(GrpcDoors.Channels channels, String shop, List<List<CartItem>> carts, int count, int limit) {
        RecommendationServiceGrpc.RecommendationServiceBlockingStub stub = RecommendationServiceGrpc.newBlockingStub(channels.forThread(0));
        List<Answer> answers = new ArrayList<>();
        for (List<CartItem> cart : carts.subList(0, Math.min(count, carts.size()))) {
            RecommendForCartResponse response = stub.withDeadlineAfter(30, TimeUnit.SECONDS).recommendForCart(Requests.grpc(shop, cart, limit));
            if (response.getRecommendationsCount() > 0) {
                answers.add(new Answer(response.getRecommendationId(),
                        response.getRecommendationsList().stream().map(r -> r.getVariant().getVariantId()).toList(),
                        response.getRecommendationsList().stream().map(Recommendation::getSource).toList(),
                        response.getRecommendationsList().stream().filter(Recommendation::hasEvidence)
                                .map(r -> r.getEvidence().getWithVariantId()).distinct().toList()));
            }
        }
        return new ShownAnswers(answers);
    }

    /** One event of a batch: the answer shown (an impression), or its first recommendation accepted. */
    record Planned(Answer answer, boolean accept) {
    }

    /** The batches of one client thread, starting at its own place in the answers. */
    Batches batches(int thread) {
        return new Batches(thread * 7919);
    }

    /** Each answer in turn shown, and every second one's first recommendation then accepted. */
    final class Batches {
        private int next;

        private Batches(int start) {
            this.next = start;
        }

        List<Planned> next(int size) {
            List<Planned> batch = new ArrayList<>(size);
            while (batch.size() < size) {
                Answer answer = answers.get(Math.floorMod(next++, answers.size()));
                batch.add(new Planned(answer, false));
                if (next % 2 == 0 && batch.size() < size) {
                    batch.add(new Planned(answer, true));
                }
            }
            return batch;
        }
    }
}
