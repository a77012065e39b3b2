package com.cartwise.rest.client;

/** A shop as Cartwise answered its creation. */
public record RemoteShop(String shopId, String name, String currency) {
}
