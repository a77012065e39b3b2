package com.cartwise.shopify;

import com.cartwise.application.shopify.ShopifyFailure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP to Shopify as Shopify asks clients to behave: a 429 is retried after its Retry-After (as
 * long as it takes: throttling never fails a sync), a 5xx or a broken connection a few times with
 * doubling pauses, a 401 or 403 is the token's end. The token travels in its header and nowhere
 * else: never in a URL, a message or an exception.
 */
final class ShopifyHttp {
    static final String TOKEN_HEADER = "X-Shopify-Access-Token";
    /** When a 429 names no wait, Shopify's REST guidance is to wait a second (its leak rate). */
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final HttpClient client;
    private final ShopifySettings settings;

    ShopifyHttp(HttpClient client, ShopifySettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Posts a body and answers the response's body; {@code waiting} runs while a throttle is waited out. */
    byte[] post(URI uri, Optional<String> token, String contentType, byte[] body, Runnable waiting) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        token.ifPresent(t -> request.header(TOKEN_HEADER, t));
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray(), waiting);
    }

    /**
     * Opens a bulk result for streaming. The address is Shopify's signed link to its storage: no
     * token is sent there, and a broken download is started again from the beginning by the caller.
     */
    InputStream download(URI uri, Runnable waiting) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
        return send(request, HttpResponse.BodyHandlers.ofInputStream(), waiting);
    }

    private <T> T send(HttpRequest request, HttpResponse.BodyHandler<T> handler, Runnable waiting) {
        Duration pause = settings.firstRetryPause();
        for (int failures = 0; ; ) {
            HttpResponse<T> response;
            try {
                response = client.send(request, handler);
            } catch (IOException e) {
                if (++failures > settings.retries()) {
                    throw new ShopifyFailure(ShopifyFailure.Kind.UNAVAILABLE, "Shopify could not be reached at " + request.uri().getHost()
                            + " after " + failures + " attempts: " + e.getClass().getSimpleName());
                }
                Pause.of(pause, waiting);
                pause = pause.multipliedBy(2);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShopifyFailure(ShopifyFailure.Kind.UNAVAILABLE, "interrupted while calling Shopify");
            }
            int status = response.statusCode();
            if (status == 429) {
                discard(response);
                Pause.of(retryAfter(response), waiting);
                continue;
            }
            if (status >= 500) {
                discard(response);
                if (++failures > settings.retries()) {
                    throw new ShopifyFailure(ShopifyFailure.Kind.UNAVAILABLE, "Shopify answered " + status + " to "
                            + failures + " attempts in a row; try again later");
                }
                Pause.of(pause, waiting);
                pause = pause.multipliedBy(2);
                continue;
            }
            if (status == 401 || status == 403) {
                discard(response);
                throw new ShopifyFailure(ShopifyFailure.Kind.UNAUTHORIZED, "Shopify refused the shop's access token (" + status
                        + "): it was revoked or the app was uninstalled; connect the shop again");
            }
            if (status >= 400) {
                discard(response);
                throw new ShopifyFailure(ShopifyFailure.Kind.REFUSED, "Shopify answered " + status + " to " + request.method()
                        + " " + request.uri().getPath());
            }
            return response.body();
        }
    }

    /** Retry-After in seconds, which Shopify may write with a fraction ("2.0"). */
    static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(value.strip()) * 1000)));
            } catch (NumberFormatException e) {
                return DEFAULT_RETRY_AFTER;
            }
        }).orElse(DEFAULT_RETRY_AFTER);
    }

    private static void discard(HttpResponse<?> response) {
        if (response.body() instanceof InputStream in) {
            try {
                in.close();
            } catch (IOException e) {
                // Nothing was going to be read from it.
            }
        }
    }
}
