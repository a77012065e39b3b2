package com.cartwise.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.proto.v1.RecommendForCartResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class GrpcDoorsTest {

    @Test
    void readsTheModelVersionFromTheUndecodedAnswer() throws IOException {
        byte[] answer = RecommendForCartResponse.newBuilder().setModelVersion(300).setMetric("lift").build().toByteArray();

        assertEquals(300, GrpcDoors.modelVersion(answer));
    }

    @Test
    void readsZeroFromTheAnswerOfAShopWithoutAModel() throws IOException {
        byte[] answer = RecommendForCartResponse.newBuilder().setMetric("").build().toByteArray();

        assertEquals(0, GrpcDoors.modelVersion(answer));
    }
}
