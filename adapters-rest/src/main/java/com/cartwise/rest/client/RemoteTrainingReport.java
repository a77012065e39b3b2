package com.cartwise.rest.client;

/**
 * What a training did, as its job's report says: the model it stored and what it learned from.
 *
 * @param model the path of the model's detail on the server
 */
public record RemoteTrainingReport(long modelVersion, String metric, long orders, long baskets, long lines, long unresolvedLines,
                                   long variants, long pairs, long sizeBytes, String model) {
}
