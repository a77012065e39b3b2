package com.cartwise.rest.shopify;

import com.cartwise.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.cartwise.application.shopify.SyncMode;
import com.cartwise.application.shopify.connect.ConnectShopify;
import com.cartwise.application.shopify.connect.DisconnectShopify;
import com.cartwise.application.shopify.connect.ReadShopifyStatus;
import com.cartwise.application.shopify.install.StartShopifyInstall;
import com.cartwise.application.shopify.sync.StartShopifySync;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ShopDomain;
import com.cartwise.rest.jobs.JobJson;
import com.cartwise.rest.jobs.JobPaths;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;

/**
 * A shop's link to Shopify: connect it with a custom app's token (or begin an OAuth install),
 * see its status, sync it, disconnect it.
 */
@Controller("/api/v1/shops/{shopId}/shopify")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class ShopifyConnectionController {
    private final ConnectShopify connect;
    private final DisconnectShopify disconnect;
    private final ReadShopifyStatus status;
    private final StartShopifySync startSync;
    private final StartShopifyInstall startInstall;

    public ShopifyConnectionController(ConnectShopify connect, DisconnectShopify disconnect, ReadShopifyStatus status,
                                       StartShopifySync startSync, StartShopifyInstall startInstall) {
        this.connect = connect;
        this.disconnect = disconnect;
        this.status = status;
        this.startSync = startSync;
        this.startInstall = startInstall;
    }

    /** 201 with the connection and its first sync's job; the token is tried on Shopify first. */
    @Post("/connection")
    public HttpResponse<?> connect(String shopId, @Nullable @Body ConnectRequest body) {
        ShopId shop = ShopId.of(shopId);
        ConnectRequest request = body == null ? new ConnectRequest(null, null, null, null, null) : body;
        return switch (connect.execute(request.toCommand(shop))) {
            case ConnectShopify.Result.Connected done -> HttpResponse.created(
                    Connections.answer(done.connection(), done.missingRecommended(), status), URI.create(path(shop) + "/connection"));
            case ConnectShopify.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
            case ConnectShopify.Result.KeyMissing missing -> ShopifyProblems.keyMissing(missing.howToSet());
            case ConnectShopify.Result.DomainTaken taken -> ShopifyProblems.domainTaken(taken.domain(), taken.owner());
            case ConnectShopify.Result.Refused refused -> ShopifyProblems.refused(refused.failure());
            case ConnectShopify.Result.MissingScopes missing -> ShopifyProblems.missingScopes(missing.scopes());
        };
    }

    @Get("/connection")
    public HttpResponse<?> status(String shopId) {
        return switch (status.execute(ShopId.of(shopId))) {
            case ReadShopifyStatus.Result.Found found -> HttpResponse.ok(ShopifyStatusJson.of(found.status()));
            case ReadShopifyStatus.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
            case ReadShopifyStatus.Result.NeverConnected never -> ShopifyProblems.neverConnected(never.shop());
        };
    }

    /** 204: the token is erased; the shop's data stays. */
    @Delete("/connection")
    public HttpResponse<?> disconnect(String shopId) {
        return switch (disconnect.execute(ShopId.of(shopId))) {
            case DisconnectShopify.Result.Disconnected done -> HttpResponse.noContent();
            case DisconnectShopify.Result.NotConnected not -> ShopifyProblems.notConnected(not.shop());
        };
    }

    /** 202 with the sync's job and its Location. */
    @Post("/syncs")
    public HttpResponse<?> sync(String shopId, @Nullable @Body SyncRequestJson body) {
        ShopId shop = ShopId.of(shopId);
        SyncRequestJson request = body == null ? new SyncRequestJson(null, null) : body;
        SyncMode mode = request.mode() == null ? SyncMode.INCREMENTAL : SyncMode.fromWireName(request.mode());
        return switch (startSync.execute(new StartShopifySync.Command(shop, mode, Dates.since("orders_since", request.ordersSince())))) {
            case StartShopifySync.Result.Started started -> HttpResponse.accepted(URI.create(JobPaths.job(shop, started.job().id())))
                    .body(JobJson.of(started.job()));
            case StartShopifySync.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
            case StartShopifySync.Result.NotConnected not -> ShopifyProblems.notConnected(not.shop());
            case StartShopifySync.Result.ShopBusy busy -> Problems.shopBusy(busy.running());
        };
    }

    /** 200 with the address to send the merchant to, where they approve the Cartwise app on their shop. */
    @Post("/installs")
    public HttpResponse<?> install(String shopId, @Nullable @Body InstallRequestJson body) {
        ShopId shop = ShopId.of(shopId);
        ShopDomain domain = ShopDomain.of(body == null ? null : body.shopDomain());
        return switch (startInstall.forShop(shop, domain)) {
            case StartShopifyInstall.Result.Redirect redirect -> HttpResponse.ok(
                    new InstallRequestJson.Started(redirect.authorizationUrl().toString()));
            case StartShopifyInstall.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
            case StartShopifyInstall.Result.AppNotConfigured missing -> ShopifyProblems.appNotConfigured(missing.howToSet());
            case StartShopifyInstall.Result.KeyMissing missing -> ShopifyProblems.keyMissing(missing.howToSet());
            case StartShopifyInstall.Result.DomainTaken taken -> ShopifyProblems.domainTaken(taken.domain(), taken.owner());
            case StartShopifyInstall.Result.Unauthentic un -> ShopifyProblems.unauthentic(un.why());
        };
    }

    private static String path(ShopId shop) {
        return "/api/v1/shops/" + shop + "/shopify";
    }
}
