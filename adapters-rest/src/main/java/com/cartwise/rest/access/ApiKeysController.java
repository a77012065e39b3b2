package com.cartwise.rest.access;

import com.cartwise.application.access.KeyCursor;
import com.cartwise.application.access.KeyId;
import com.cartwise.application.access.keys.IssueApiKey;
import com.cartwise.application.access.keys.ListApiKeys;
import com.cartwise.application.access.keys.RevokeApiKey;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import com.cartwise.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.Optional;

/** The operator's admin API for a shop's keys: issue (the key's text is shown this once), list, revoke. */
@Controller("/api/v1/admin/shops/{shopId}/api-keys")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class ApiKeysController {
    private final IssueApiKey issue;
    private final ListApiKeys list;
    private final RevokeApiKey revoke;

    public ApiKeysController(IssueApiKey issue, ListApiKeys list, RevokeApiKey revoke) {
        this.issue = issue;
        this.list = list;
        this.revoke = revoke;
    }

    /** 201 with the key, its text included; 404 for an unknown shop. */
    @Post
    public HttpResponse<?> issue(String shopId, @Nullable @Body IssueKeyRequest body) {
        ShopId shop = ShopId.of(shopId);
        return switch (issue.execute(new IssueApiKey.Command(shop, body == null ? null : body.label()))) {
            case IssueApiKey.Result.Issued issued -> HttpResponse.created(ApiKeyJson.issued(shop.value(), issued.key()),
                    URI.create("/api/v1/admin/shops/" + shop + "/api-keys/" + issued.key().stored().id()));
            case IssueApiKey.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    /**
     * @param limit  at most this many, 1-100 (default 20)
     * @param cursor the {@code next_cursor} of the previous page
     */
    @Get
    public HttpResponse<?> list(String shopId, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        ShopId shop = ShopId.of(shopId);
        ListApiKeys.Query query = new ListApiKeys.Query(shop, limit == null ? ListApiKeys.DEFAULT_LIMIT : limit,
                cursor == null || cursor.isBlank() ? Optional.empty() : Optional.of(KeyCursor.parse(cursor)));
        return switch (list.execute(query)) {
            case ListApiKeys.Result.Listed listed -> HttpResponse.ok(new ApiKeysPage(
                    listed.keys().stream().map(key -> ApiKeyJson.listed(shop.value(), key)).toList(),
                    listed.keys().size() == query.limit() ? KeyCursor.after(listed.keys().getLast()).text() : null));
            case ListApiKeys.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    /** 204; 404 when the shop has no such key or it is revoked already. */
    @Delete("/{keyId}")
    public HttpResponse<?> revoke(String shopId, String keyId) {
        ShopId shop = ShopId.of(shopId);
        return switch (revoke.execute(shop, KeyId.of(keyId))) {
            case RevokeApiKey.Result.Revoked revoked -> HttpResponse.noContent();
            case RevokeApiKey.Result.NotFound notFound -> Problems.apiKeyNotFound(shop, notFound.key().value());
        };
    }
}
