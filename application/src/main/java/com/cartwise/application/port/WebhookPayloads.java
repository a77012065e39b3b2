package com.cartwise.application.port;

import com.cartwise.application.shopify.WebhookEvent;
import com.cartwise.domain.shopify.WebhookTopic;

/** Reads what a webhook's JSON body says, in the words of the import pipeline and the privacy rules. */
public interface WebhookPayloads {

    /**
     * @param ordinal the delivery's place in its batch, which the records it yields carry as their line
     * @throws com.cartwise.domain.InvalidInputException when the payload is not the topic's JSON
     */
    WebhookEvent read(WebhookTopic topic, byte[] payload, int file, long ordinal);
}
