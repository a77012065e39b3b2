package com.cartwise.rest.client;

/** What a bundle generation did, as its job's report says. */
public record RemoteGenerationReport(long orders, long variants, long quickStartBundles, long rules, long candidates, long bundles,
                                     long published, long waves, long aiCopies, long templateCopies, long retired,
                                     long approvalsProposedAnew) {
}
