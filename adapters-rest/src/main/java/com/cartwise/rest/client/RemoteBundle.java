package com.cartwise.rest.client;

/** A proposed bundle as the command line names it: its key, rank, copy title and prices. */
public record RemoteBundle(String bundleKey, int rank, String type, String objective, String title, String price, String listPrice,
                           String currency, String copyWriter) {
}
