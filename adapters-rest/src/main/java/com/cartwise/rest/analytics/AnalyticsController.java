package com.cartwise.rest.analytics;

import com.cartwise.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.cartwise.application.analytics.ReadAcceptance;
import com.cartwise.application.analytics.ReadHoldout;
import com.cartwise.application.analytics.ReadRevenue;
import com.cartwise.application.analytics.ReadTimeSeries;
import com.cartwise.application.analytics.ReadTopBundles;
import com.cartwise.application.analytics.ReadTopPairs;
import com.cartwise.application.analytics.Report;
import com.cartwise.application.analytics.ReportQuery;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.Granularity;
import com.cartwise.domain.analytics.Period;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dashboard's analytics (docs/ANALYTICS.md): each report over {@code from}..{@code to} (UTC
 * days, both included; the last 30 days by default), as JSON, or as CSV with {@code ?format=csv}
 * or {@code Accept: text/csv}.
 */
@Controller("/api/v1/shops/{shopId}/analytics")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class AnalyticsController {
    private static final String CSV = "text/csv";
    private final ReadAcceptance readAcceptance;
    private final ReadRevenue readRevenue;
    private final ReadTopPairs readTopPairs;
    private final ReadTopBundles readTopBundles;
    private final ReadTimeSeries readTimeSeries;
    private final ReadHoldout readHoldout;
    private final Clock clock;

    public AnalyticsController(ReadAcceptance readAcceptance, ReadRevenue readRevenue, ReadTopPairs readTopPairs,
                               ReadTopBundles readTopBundles, ReadTimeSeries readTimeSeries, ReadHoldout readHoldout, Clock clock) {
        this.readHoldout = readHoldout;
        this.readAcceptance = readAcceptance;
        this.readRevenue = readRevenue;
        this.readTopPairs = readTopPairs;
        this.readTopBundles = readTopBundles;
        this.readTimeSeries = readTimeSeries;
        this.clock = clock;
    }

    /** Acceptance rate per source, then per recommended variant (most shown first, at most {@code limit}). */
    @Get(uri = "/acceptance", produces = {MediaType.APPLICATION_JSON, CSV})
    public HttpResponse<?> acceptance(HttpRequest<?> request, String shopId, @Nullable @QueryValue String from,
                                      @Nullable @QueryValue String to, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String format) {
        ReportQuery query = query(shopId, from, to, limit);
        return answer(request, format, query, readAcceptance.execute(query), ReportTables::acceptance);
    }

    /** Orders with and without an accepted recommendation, their revenue and average value, and the bundles' revenue. */
    @Get(uri = "/revenue", produces = {MediaType.APPLICATION_JSON, CSV})
    public HttpResponse<?> revenue(HttpRequest<?> request, String shopId, @Nullable @QueryValue String from,
                                   @Nullable @QueryValue String to, @Nullable @QueryValue String format) {
        ReportQuery query = query(shopId, from, to, null);
        return answer(request, format, query, readRevenue.execute(query), ReportTables::revenue);
    }

    /** (cart variant, recommended variant) pairs, most accepted first. */
    @Get(uri = "/top-pairs", produces = {MediaType.APPLICATION_JSON, CSV})
    public HttpResponse<?> topPairs(HttpRequest<?> request, String shopId, @Nullable @QueryValue String from,
                                    @Nullable @QueryValue String to, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String format) {
        ReportQuery query = query(shopId, from, to, limit);
        return answer(request, format, query, readTopPairs.execute(query), ReportTables::pairs);
    }

    /** Bundles by revenue, with views, purchases and conversion. */
    @Get(uri = "/top-bundles", produces = {MediaType.APPLICATION_JSON, CSV})
    public HttpResponse<?> topBundles(HttpRequest<?> request, String shopId, @Nullable @QueryValue String from,
                                      @Nullable @QueryValue String to, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String format) {
        ReportQuery query = query(shopId, from, to, limit);
        return answer(request, format, query, readTopBundles.execute(query), ReportTables::bundles);
    }

    /** A bucket per day or week ({@code granularity=day}, the default, or {@code week}) that has an event. */
    @Get(uri = "/series", produces = {MediaType.APPLICATION_JSON, CSV})
    public HttpResponse<?> series(HttpRequest<?> request, String shopId, @Nullable @QueryValue String from,
                                  @Nullable @QueryValue String to, @Nullable @QueryValue String granularity,
                                  @Nullable @QueryValue String format) {
        ReportQuery query = query(shopId, from, to, null);
        Granularity buckets = granularity == null || granularity.isBlank() ? Granularity.DAY : Granularity.fromWireName(granularity);
        return answer(request, format, query, readTimeSeries.execute(query, buckets), ReportTables::series);
    }

    /**
     * The A/B holdout: a row per arm (answers, impressions, shown, accepted, acceptance rate, orders,
     * revenue, average order value), and in JSON also the treatment's lift over the control in
     * acceptance rate and average order value with 95% confidence intervals, the orders naming both
     * arms, and the holdout the flags set now.
     */
    @Get(uri = "/holdout", produces = {MediaType.APPLICATION_JSON, CSV})
    public HttpResponse<?> holdout(HttpRequest<?> request, String shopId, @Nullable @QueryValue String from,
                                   @Nullable @QueryValue String to, @Nullable @QueryValue String format) {
        ReportQuery query = query(shopId, from, to, null);
        return answer(request, format, query, readHoldout.execute(query), ReportTables::holdout, HoldoutJson::members);
    }

    private ReportQuery query(String shopId, String from, String to, Integer limit) {
        Period period = ReportQuery.period(date(from, "from"), date(to, "to"), LocalDate.now(clock));
        return new ReportQuery(ShopId.of(shopId), period, limit == null ? ReportQuery.DEFAULT_LIMIT : limit);
    }

    private static Optional<LocalDate> date(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a date such as 2026-03-01");
        }
    }

    private static <T> HttpResponse<?> answer(HttpRequest<?> request, String format, ReportQuery query, Report<T> report,
                                              Function<T, Table> table) {
        return answer(request, format, query, report, table, figures -> Map.of());
    }

    /** @param more the JSON members a report has besides its rows */
    private static <T> HttpResponse<?> answer(HttpRequest<?> request, String format, ReportQuery query, Report<T> report,
                                              Function<T, Table> table, Function<T, Map<String, Object>> more) {
        boolean csv = wantsCsv(request, format);
        return switch (report) {
            case Report.ShopNotFound<T> notFound -> Problems.shopNotFound(notFound.shop());
            case Report.Found<T> found when csv -> HttpResponse.ok(table.apply(found.figures()).csv())
                    .contentType(MediaType.of("text/csv; charset=utf-8"));
            case Report.Found<T> found -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("from", query.period().from().toString());
                body.put("to", query.period().to().toString());
                body.put("rows", table.apply(found.figures()).objects());
                body.putAll(more.apply(found.figures()));
                yield HttpResponse.ok(body);
            }
        };
    }

    private static boolean wantsCsv(HttpRequest<?> request, String format) {
        if (format != null && !format.isBlank()) {
            InvalidInputException.require(format.equals("json") || format.equals("csv"), "format",
                    "'" + format + "' is not a report format; use json or csv");
            return format.equals("csv");
        }
        return request.getHeaders().accept().stream().anyMatch(type -> type.getName().equals(CSV))
                && request.getHeaders().accept().stream().noneMatch(type -> type.getName().equals(MediaType.APPLICATION_JSON));
    }
}
