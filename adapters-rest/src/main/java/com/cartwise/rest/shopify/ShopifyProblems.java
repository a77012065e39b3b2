package com.cartwise.rest.shopify;

import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ShopDomain;
import com.cartwise.rest.problem.Problem;
import com.cartwise.rest.problem.Problems;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Set;

/** The problems of the Shopify connection, as RFC 9457 responses like every other of the API. */
final class ShopifyProblems {
    private static final String TYPE_PREFIX = "urn:cartwise:problem:";

    private ShopifyProblems() {
    }

    /** The server cannot store a token safely: the operator must configure the key. */
    static MutableHttpResponse<Problem> keyMissing(String howToSet) {
        return respond(HttpStatus.SERVICE_UNAVAILABLE, "encryption-key-missing", "Tokens cannot be stored yet", howToSet);
    }

    static MutableHttpResponse<Problem> appNotConfigured(String howToSet) {
        return respond(HttpStatus.SERVICE_UNAVAILABLE, "shopify-app-not-configured", "Cartwise is not set up as a Shopify app", howToSet);
    }

    static MutableHttpResponse<Problem> domainTaken(ShopDomain domain, ShopId owner) {
        return respond(HttpStatus.CONFLICT, "shopify-domain-taken", "The Shopify shop is connected to another shop",
                domain + " is connected to the Cartwise shop '" + owner + "': disconnect it there first");
    }

    static MutableHttpResponse<Problem> notConnected(ShopId shop) {
        return respond(HttpStatus.CONFLICT, "shopify-not-connected", "The shop is not connected to Shopify",
                "Shop '" + shop + "' is not connected to Shopify: connect it with POST /api/v1/shops/" + shop + "/shopify/connection");
    }

    static MutableHttpResponse<Problem> neverConnected(ShopId shop) {
        return respond(HttpStatus.NOT_FOUND, "shopify-not-connected", "The shop was never connected to Shopify",
                "Shop '" + shop + "' has no Shopify connection: connect it with POST /api/v1/shops/" + shop + "/shopify/connection");
    }

    static MutableHttpResponse<Problem> missingScopes(Set<String> scopes) {
        return respond(HttpStatus.UNPROCESSABLE_ENTITY, "shopify-missing-scopes", "The token lacks access scopes",
                "The access token lacks the scopes " + String.join(", ", scopes.stream().sorted().toList())
                        + ": give the custom app these Admin API scopes, install it again and use its new token (see docs/SHOPIFY.md)");
    }

    static MutableHttpResponse<Problem> refused(ShopifyFailure failure) {
        HttpStatus status = failure.kind() == ShopifyFailure.Kind.UNAVAILABLE ? HttpStatus.BAD_GATEWAY : HttpStatus.UNPROCESSABLE_ENTITY;
        return respond(status, failure.kind().code(), "Shopify refused", failure.getMessage());
    }

    static MutableHttpResponse<Problem> unauthentic(String why) {
        return respond(HttpStatus.UNAUTHORIZED, "shopify-signature", "Not signed by Shopify", why);
    }

    static MutableHttpResponse<Problem> shopNotFound(ShopId shop) {
        return Problems.shopNotFound(shop);
    }

    private static MutableHttpResponse<Problem> respond(HttpStatus status, String type, String title, String detail) {
        return HttpResponse.<Problem>status(status).contentType(Problems.MEDIA_TYPE)
                .body(new Problem(TYPE_PREFIX + type, title, status.getCode(), detail, null, null, null, null, null, null, null));
    }
}
