package com.cartwise.rest.problem;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobState;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.pricing.BundlePrice;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The one place that turns what went wrong into an RFC 9457 problem response. Problem types are
 * URNs: stable identifiers a client can switch on, which RFC 9457 allows to be non-resolvable.
 */
public final class Problems {
    /** RFC 9457's media type. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "urn:cartwise:problem:";
    /** The refusals of an approval, which a bundle recommendation also names before one is tried. */
    public static final String BUNDLE_UNPRICED = TYPE_PREFIX + "bundle-unpriced";
    public static final String BUNDLE_PRICES_CHANGED = TYPE_PREFIX + "bundle-prices-changed";

    private Problems() {
    }

    public static MutableHttpResponse<Problem> invalidInput(InvalidInputException e) {
        Problem problem = new Problem(TYPE_PREFIX + "invalid-input", "Invalid input", 400, e.getMessage(), e.field(),
                null, null, null, null, null, null);
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    /** A required request part or parameter that is absent. */
    static Problem missing(String field) {
        return invalid(field, "is required");
    }

    /** A Java name in the API's words (JSON is snake_case): shopId becomes shop_id. */
    static String apiName(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** A request parameter whose text is not a value of its type. */
    static Problem invalid(String field, String problem) {
        return new Problem(TYPE_PREFIX + "invalid-input", "Invalid input", 400, field + ": " + problem, field,
                null, null, null, null, null, null);
    }

    public static MutableHttpResponse<Problem> rejectedFile(ImportProblem p) {
        return rejectedFile(p, null);
    }

    /** A file an import job refused: where, and which job. */
    public static MutableHttpResponse<Problem> rejectedFile(ImportProblem p, String jobId) {
        Problem problem = new Problem(TYPE_PREFIX + "rejected-file", "The file cannot be imported", 400, p.describe(), null,
                p.file(), p.line(), p.column(), p.columnName(), p.value().isEmpty() ? null : p.value(), jobId);
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    /** A file whose bytes hash to other than its sender said: damaged on its way, so nothing of the upload was kept. */
    public static MutableHttpResponse<Problem> uploadDamaged(String fileName, String expected, String actual) {
        return respond(HttpStatus.BAD_REQUEST, new Problem(TYPE_PREFIX + "upload-damaged", "The upload arrived damaged", 400,
                fileName + " arrived with other bytes than were sent: its SHA-256 is " + actual + ", the sender's was " + expected
                        + ". Nothing of the upload was kept; send it again.", "file", fileName, null, null, null, null, null));
    }

    public static MutableHttpResponse<Problem> jobNotFound(ShopId shop, JobId id) {
        return respond(HttpStatus.NOT_FOUND, Problem.of(TYPE_PREFIX + "job-not-found", "Job not found", 404,
                "Shop '" + shop + "' has no job " + id));
    }

    /** Another job that writes the shop's data is queued or running. */
    public static MutableHttpResponse<Problem> shopBusy(Job running) {
        return respond(HttpStatus.CONFLICT, new Problem(TYPE_PREFIX + "shop-busy", "The shop is busy", 409,
                "Shop '" + running.shop() + "' " + (running.state() == JobState.QUEUED
                        ? "has " + article(running) + " job waiting to run (" + running.id() + ")"
                        : "is running " + article(running) + " job (" + running.id() + ", " + running.progress().phase() + ")")
                        + ": one job that changes a shop's"
                        + " data runs at a time. Wait for it (GET " + "/api/v1/shops/" + running.shop() + "/jobs/" + running.id()
                        + ") or cancel it, then start again.", null, null, null, null, null, null, running.id().toString()));
    }

    /** The operator's kill switch refuses this job for the shop. */
    public static MutableHttpResponse<Problem> switchedOff(String reason) {
        return respond(HttpStatus.CONFLICT, Problem.of(TYPE_PREFIX + "switched-off", "Switched off by the operator", 409, reason));
    }

    public static MutableHttpResponse<Problem> jobFinished(Job job) {
        return respond(HttpStatus.CONFLICT, new Problem(TYPE_PREFIX + "job-finished", "The job has ended", 409,
                "Job " + job.id() + " ended (" + job.state().wireName() + ") before the cancel came", null, null, null, null, null,
                null, job.id().toString()));
    }

    /** A job already writing its results: it ends as it would have, so the cancel is refused rather than promised. */
    public static MutableHttpResponse<Problem> jobCommitting(Job job) {
        return respond(HttpStatus.CONFLICT, new Problem(TYPE_PREFIX + "job-committing", "The job can no longer be cancelled", 409,
                "Job " + job.id() + " is writing its results (" + job.progress().phase() + ") and will finish", null, null, null, null,
                null, null, job.id().toString()));
    }

    /** A job that failed for a reason other than a file's content. */
    public static MutableHttpResponse<Problem> jobFailed(Job job, JobFailure failure) {
        HttpStatus status = JobFailure.INTERNAL.equals(failure.code()) || JobFailure.WORKER_LOST.equals(failure.code())
                ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.CONFLICT;
        return respond(status, new Problem(TYPE_PREFIX + failure.code(), "The job failed", status.getCode(), failure.detail(),
                null, null, null, null, null, null, job.id().toString()));
    }

    private static String article(Job job) {
        return job.kind() == com.cartwise.application.jobs.JobKind.IMPORT ? "an import" : "a " + job.kind().wireName().replace('_', ' ');
    }

    public static MutableHttpResponse<Problem> bundleRecommendationNotFound(ShopId shop, String key) {
        return respond(HttpStatus.NOT_FOUND, Problem.of(TYPE_PREFIX + "bundle-recommendation-not-found", "Bundle recommendation not found",
                404, "Shop '" + shop + "' has no bundle recommendation " + key));
    }

    public static MutableHttpResponse<Problem> activeBundleNotFound(ShopId shop, String key) {
        return respond(HttpStatus.NOT_FOUND, Problem.of(TYPE_PREFIX + "active-bundle-not-found", "Active bundle not found", 404,
                "Shop '" + shop + "' has no active bundle " + key));
    }

    /** Only an approved recommendation goes live. */
    public static MutableHttpResponse<Problem> bundleNotApproved(ShopId shop, String key, String status) {
        return respond(HttpStatus.CONFLICT, new Problem(TYPE_PREFIX + "bundle-not-approved", "The bundle is not approved", 409,
                "Bundle " + key + " is " + status + ": approve it first (POST /api/v1/shops/" + shop + "/bundle-recommendations/" + key
                        + "/approve), then activate it.", "bundle_key", null, null, null, null, null, null));
    }

    /** A bundle with items that came without a price would give them away: it is not approved. */
    public static MutableHttpResponse<Problem> bundleUnpriced(String key, Currency currency, List<String> givenAway) {
        String items = givenAway.isEmpty() ? "its items" : String.join(", ", givenAway);
        return respond(HttpStatus.CONFLICT, new Problem(BUNDLE_UNPRICED, "The bundle has items without a price", 409,
                "Bundle " + key + " cannot be approved: " + items + " came without a price and the bundle prices "
                        + (givenAway.size() == 1 ? "it" : "them") + " at 0 " + currency.getCurrencyCode() + ", so it would give "
                        + (givenAway.size() == 1 ? "it" : "them") + " away. Import"
                        + " the products' prices (a products export), then generate bundles again; or reject it.", "bundle_key",
                null, null, null, null, null, null));
    }

    /** What the merchant was doing when a bundle's item prices were found changed. */
    public enum PricedAction {
        APPROVAL("cannot be approved"),
        ACTIVATION("cannot go live"),
        /** An activation of a bundle live as an earlier approval priced it. */
        REACTIVATION("is live at a price the till no longer offers");

        private final String refused;

        PricedAction(String refused) {
            this.refused = refused;
        }
    }

    /**
     * A bundle priced on item prices the catalogue no longer has is neither approved nor made live.
     *
     * @param generationPricesAnew whether a generation would propose it anew at its new price: not a rejected one
     */
    public static MutableHttpResponse<Problem> bundlePricesChanged(PricedAction action, String key, BundlePrice price,
                                                                   BigDecimal listPriceNow, boolean generationPricesAnew) {
        String currency = " " + price.currency().getCurrencyCode();
        String remedy = !generationPricesAnew
                ? " A rejected bundle keeps the price it was proposed at: a generation does not price it anew."
                : action == PricedAction.REACTIVATION
                ? " Generate bundles again: it is proposed anew at its new price, and once approved again, activating it replaces the"
                        + " live one; or take it off (POST .../active-bundles/" + key + "/deactivate)."
                : " Generate bundles again: it is proposed anew at its new price, to be approved again; or reject it.";
        return respond(HttpStatus.CONFLICT, new Problem(BUNDLE_PRICES_CHANGED, "The bundle's item prices have changed", 409,
                "Bundle " + key + " " + action.refused + ": it was priced " + price.price().toPlainString() + currency
                        + " when its items cost " + price.listPrice().toPlainString() + currency + " together, and they cost "
                        + listPriceNow.toPlainString() + currency + " now." + remedy, "bundle_key", null, null, null, null, null, null));
    }

    public static MutableHttpResponse<Problem> shopNotFound(ShopId shop) {
        return respond(HttpStatus.NOT_FOUND, Problem.of(TYPE_PREFIX + "shop-not-found", "Shop not found", 404,
                "There is no shop '" + shop + "': create it first (POST /api/v1/shops, or cartwise shops create --shop " + shop + ")"));
    }

    /** No key, or one Cartwise does not know or has revoked: the header says which scheme to use. */
    public static MutableHttpResponse<Problem> unauthenticated() {
        return respond(HttpStatus.UNAUTHORIZED, Problem.of(TYPE_PREFIX + "unauthenticated", "Unauthenticated", 401,
                "Send a valid API key as `Authorization: Bearer <key>`; the operator issues them"
                        + " (POST /api/v1/admin/shops/{shop_id}/api-keys)."))
                .header(io.micronaut.http.HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    /** The key could not be read (the database out of reach): a retry may pass, so never a 401. */
    public static MutableHttpResponse<Problem> keyUncheckable() {
        return respond(HttpStatus.SERVICE_UNAVAILABLE, Problem.of(TYPE_PREFIX + "key-uncheckable", "API key not checked", 503,
                "Cartwise could not check this API key just now; try again in a second."))
                .header(io.micronaut.http.HttpHeaders.RETRY_AFTER, "1");
    }

    /** A valid key that may not use this route. */
    public static MutableHttpResponse<Problem> forbidden(String detail) {
        return respond(HttpStatus.FORBIDDEN, Problem.of(TYPE_PREFIX + "forbidden", "Forbidden", 403, detail));
    }

    public static MutableHttpResponse<Problem> apiKeyNotFound(ShopId shop, String keyId) {
        return respond(HttpStatus.NOT_FOUND, Problem.of(TYPE_PREFIX + "api-key-not-found", "API key not found", 404,
                "Shop '" + shop + "' has no active API key " + keyId));
    }

    /** The key spent its budget: {@code Retry-After} says, in whole seconds rounded up, when it has room again. */
    public static MutableHttpResponse<Problem> rateLimited(String budget, java.time.Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return respond(HttpStatus.TOO_MANY_REQUESTS, Problem.of(TYPE_PREFIX + "rate-limited", "Too many requests", 429,
                "This key has used its " + budget + " request budget; try again in " + seconds + " s."))
                .header(io.micronaut.http.HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    /** A product page names a product or variant the shop does not have. */
    public static MutableHttpResponse<Problem> productNotFound(String detail) {
        return respond(HttpStatus.NOT_FOUND, Problem.of(TYPE_PREFIX + "product-not-found", "Product not found", 404, detail));
    }

    public static MutableHttpResponse<Problem> modelNotFound(ShopId shop, long version) {
        return respond(HttpStatus.NOT_FOUND, Problem.of(TYPE_PREFIX + "model-not-found", "Model not found", 404,
                "Shop '" + shop + "' has no model version " + version + ": GET /api/v1/shops/" + shop + "/models lists its models"));
    }

    public static MutableHttpResponse<Problem> shopExists(ShopId shop) {
        return respond(HttpStatus.CONFLICT, Problem.of(TYPE_PREFIX + "shop-exists", "Shop already exists", 409,
                "A shop with the id '" + shop + "' exists already"));
    }

    /** A request larger than micronaut.server.max-request-size (or a file larger than the multipart limit). */
    static Problem requestTooLarge(String detail) {
        return Problem.of(TYPE_PREFIX + "request-too-large", "Request too large", 413, detail);
    }

    /** A problem the HTTP layer found (no route, wrong method, malformed body ...): the type is the status itself. */
    static Problem httpError(HttpStatus status, String detail) {
        return Problem.of("about:blank", status.getReason(), status.getCode(), detail);
    }

    private static MutableHttpResponse<Problem> respond(HttpStatus status, Problem problem) {
        return HttpResponse.<Problem>status(status).body(problem).contentType(MEDIA_TYPE);
    }
}
