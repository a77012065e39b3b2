package com.cartwise.rest.admin;

import com.cartwise.application.access.Caller;
import com.cartwise.rest.access.AuthenticationFilter;
import com.cartwise.application.flags.admin.ChangeFlag;
import com.cartwise.application.flags.FlagInput;
import com.cartwise.application.flags.admin.ListFlagChanges;
import com.cartwise.application.flags.admin.ListFlags;
import com.cartwise.domain.InvalidInputException;
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
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The operator's flags (docs/FLAGS.md): the catalogue with the global values, a shop's values,
 * changes (who is the {@code X-Actor} header until API keys name the caller) and their audit
 * trail. Changes apply on this instance at once and on every other within its refresh interval.
 */
@Controller("/api/v1/admin")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class FlagsController {
    static final String ACTOR = "X-Actor";
    static final String ANONYMOUS = "anonymous";
    private static final int DEFAULT_LIMIT = 50;

    private final ListFlags listFlags;
    private final ChangeFlag changeFlag;
    private final ListFlagChanges listFlagChanges;

    public FlagsController(ListFlags listFlags, ChangeFlag changeFlag, ListFlagChanges listFlagChanges) {
        this.listFlags = listFlags;
        this.changeFlag = changeFlag;
        this.listFlagChanges = listFlagChanges;
    }

    /** Every flag with its global value: {"flags": [...]}. */
    @Get("/flags")
    public HttpResponse<?> list() {
        return HttpResponse.ok(new Flags(listFlags.global().stream().map(FlagJson::of).toList()));
    }

    /** Sets a global value, {"name": "kill_switch", "value": true}; a null value removes it (the default applies again). */
    @Put("/flags")
    public HttpResponse<?> setGlobal(@Nullable @Header(ACTOR) String actor, @Nullable @RequestAttribute(AuthenticationFilter.CALLER) Caller caller,
                                     @Nullable @Body JsonNode body) {
        JsonNode name = body == null ? null : body.get("name");
        InvalidInputException.require(name != null && name.isString(), "name", "is required: the flag to set, e.g. \"kill_switch\"");
        return answer(changeFlag.execute(new ChangeFlag.Command(Optional.empty(), name.getStringValue(), input(body), actor(actor, caller))));
    }

    @Get("/flags/audit")
    public HttpResponse<?> audit(@Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        return HttpResponse.ok(FlagChangeJson.Page.of(listFlagChanges.execute(size, before(cursor)), size));
    }

    /** Every flag as it applies to the shop. */
    @Get("/shops/{shopId}/flags")
    public HttpResponse<?> listOfShop(String shopId) {
        ShopId shop = ShopId.of(shopId);
        return listFlags.of(shop).<HttpResponse<?>>map(views -> HttpResponse.ok(new Flags(views.stream().map(FlagJson::of).toList())))
                .orElseGet(() -> Problems.shopNotFound(shop));
    }

    @Get("/shops/{shopId}/flags/{name}")
    public HttpResponse<?> ofShop(String shopId, String name) {
        ShopId shop = ShopId.of(shopId);
        return listFlags.of(shop, name).<HttpResponse<?>>map(view -> HttpResponse.ok(FlagJson.of(view)))
                .orElseGet(() -> Problems.shopNotFound(shop));
    }

    /** Sets the shop's own value, {"value": 0.05}; a null value removes it (the global value applies again). */
    @Put("/shops/{shopId}/flags/{name}")
    public HttpResponse<?> setOfShop(String shopId, String name, @Nullable @Header(ACTOR) String actor,
                                     @Nullable @RequestAttribute(AuthenticationFilter.CALLER) Caller caller, @Nullable @Body JsonNode body) {
        return answer(changeFlag.execute(new ChangeFlag.Command(Optional.of(ShopId.of(shopId)), name, input(body), actor(actor, caller))));
    }

    /** Removes the shop's own value: the global value applies again. */
    @Delete("/shops/{shopId}/flags/{name}")
    public HttpResponse<?> removeOfShop(String shopId, String name, @Nullable @Header(ACTOR) String actor,
                                        @Nullable @RequestAttribute(AuthenticationFilter.CALLER) Caller caller) {
        return answer(changeFlag.execute(new ChangeFlag.Command(Optional.of(ShopId.of(shopId)), name, Optional.empty(), actor(actor, caller))));
    }

    private static HttpResponse<?> answer(ChangeFlag.Result result) {
        return switch (result) {
            case ChangeFlag.Result.Changed changed -> HttpResponse.ok(FlagJson.of(changed.view()));
            case ChangeFlag.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    /** The body's {@code value}: JSON's boolean, number or string; null to remove. */
    private static Optional<FlagInput> input(JsonNode body) {
        InvalidInputException.require(body != null && body.isObject() && body.get("value") != null, "value",
                "is required (null removes the value)");
        JsonNode value = body.get("value");
        if (value.isNull()) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(new FlagInput.Bool(value.getBooleanValue()));
        }
        if (value.isNumber()) {
            return Optional.of(new FlagInput.Number(value.getBigDecimalValue()));
        }
        InvalidInputException.require(value.isString(), "value", "must be a boolean, a number or a string");
        return Optional.of(new FlagInput.Text(value.getStringValue()));
    }

    /** The key that made the change, and the person it names in X-Actor (a shared operator key is many people). */
    private static String actor(String header, Caller caller) {
        String key = caller == null ? null : "key " + caller.keyName();
        if (header == null || header.isBlank()) {
            return key == null ? ANONYMOUS : key;
        }
        return key == null ? header.strip() : header.strip() + " (" + key + ")";
    }

    private static OptionalLong before(String cursor) {
        if (cursor == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(cursor));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("cursor", "is not a cursor this API gave: '" + cursor + "'");
        }
    }

    /** The flags, in the catalogue's order. */
    @Serdeable
    public record Flags(List<FlagJson> flags) {
    }
}
