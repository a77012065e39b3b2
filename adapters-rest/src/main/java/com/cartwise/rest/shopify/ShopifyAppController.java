package com.cartwise.rest.shopify;

import com.cartwise.rest.problem.Problem;
import com.cartwise.rest.problem.Problems;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.cartwise.application.shopify.ShopifyScopes;
import com.cartwise.application.shopify.connect.ReadShopifyStatus;
import com.cartwise.application.shopify.install.CompleteShopifyInstall;
import com.cartwise.application.shopify.install.StartShopifyInstall;
import com.cartwise.domain.InvalidInputException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where Shopify sends merchants: the app's install address (from the app listing or the admin,
 * signed by Shopify) and the OAuth callback after they approved the app's scopes.
 */
@Controller("/api/v1/shopify")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class ShopifyAppController {
    private final StartShopifyInstall startInstall;
    private final CompleteShopifyInstall completeInstall;
    private final ReadShopifyStatus status;

    public ShopifyAppController(StartShopifyInstall startInstall, CompleteShopifyInstall completeInstall, ReadShopifyStatus status) {
        this.startInstall = startInstall;
        this.completeInstall = completeInstall;
        this.status = status;
    }

    /** 302 to Shopify's authorize page; 401 when the request is not Shopify's. */
    @Get("/install")
    public HttpResponse<?> install(HttpRequest<?> request) {
        try {
            return switch (startInstall.fromShopify(query(request))) {
                // 302, not Micronaut's 301: a browser must not remember it, each install has its own state.
                case StartShopifyInstall.Result.Redirect redirect -> HttpResponse.status(HttpStatus.FOUND)
                        .header(HttpHeaders.LOCATION, redirect.authorizationUrl().toString());
                case StartShopifyInstall.Result.AppNotConfigured missing -> ShopifyProblems.appNotConfigured(missing.howToSet());
                case StartShopifyInstall.Result.KeyMissing missing -> ShopifyProblems.keyMissing(missing.howToSet());
                case StartShopifyInstall.Result.DomainTaken taken -> ShopifyProblems.domainTaken(taken.domain(), taken.owner());
                case StartShopifyInstall.Result.Unauthentic un -> ShopifyProblems.unauthentic(un.why());
                case StartShopifyInstall.Result.ShopNotFound notFound -> ShopifyProblems.shopNotFound(notFound.shop());
            };
        } catch (InvalidInputException e) {
            return ShopifyProblems.unauthentic("the install request names no shop domain");
        }
    }

    /** 201 with the connection and its first sync's job; 401 when the redirect is not Shopify's or its state is not ours. */
    @Get("/oauth/callback")
    public HttpResponse<?> callback(HttpRequest<?> request) {
        return switch (completeInstall.execute(query(request))) {
            case CompleteShopifyInstall.Result.Installed installed -> HttpResponse.created(
                    Connections.answer(installed.connection(), missing(installed.connection().connection().scopes()), status),
                    URI.create("/api/v1/shops/" + installed.connection().connection().shop() + "/shopify/connection"));
            case CompleteShopifyInstall.Result.AppNotConfigured missing -> ShopifyProblems.appNotConfigured(missing.howToSet());
            case CompleteShopifyInstall.Result.Unauthentic un -> ShopifyProblems.unauthentic(un.why());
            case CompleteShopifyInstall.Result.DomainTaken taken -> ShopifyProblems.domainTaken(taken.domain(), taken.owner());
            case CompleteShopifyInstall.Result.ExchangeFailed failed -> ShopifyProblems.refused(failed.failure());
        };
    }

    private static Set<String> missing(Set<String> granted) {
        return ShopifyScopes.missing(granted, ShopifyScopes.RECOMMENDED);
    }

    static Map<String, List<String>> query(HttpRequest<?> request) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameters().forEach((name, values) -> query.put(name, List.copyOf(values)));
        return query;
    }
}
