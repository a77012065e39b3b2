package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.InvalidInputException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

class ErrorStatusBoundsTest {

    @Test
    void aProblemQuotingAHugeValueIsCutSoThatItsTrailersFitAClientsHeaderLimit() {
        StatusRuntimeException answer = ErrorStatusInterceptor.toStatus(
                new InvalidInputException("shop_id", "must be 1-100 characters, but was '" + "x".repeat(50_000) + "'"), "m");

        assertEquals(Status.Code.INVALID_ARGUMENT, answer.getStatus().getCode());
        String description = answer.getStatus().getDescription();
        assertTrue(description.startsWith("shop_id: must be 1-100 characters, but was 'xxx"), description);
        assertTrue(description.endsWith("… (49045 more characters)"), description);
        assertEquals(ErrorStatusInterceptor.MAX_MESSAGE + "… (49045 more characters)".length(), description.length());
    }

    @Test
    void anOrdinaryProblemIsSentWhole() {
        StatusRuntimeException answer = ErrorStatusInterceptor.toStatus(new InvalidInputException("limit", "must be between 1 and 50, but was 0"), "m");

        assertEquals("limit: must be between 1 and 50, but was 0", answer.getStatus().getDescription());
    }
}
