package com.cartwise.openai;

import com.cartwise.application.port.CopyWriter.CopyUnavailableException;
import com.openai.errors.NotFoundException;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.PermissionDeniedException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what the OpenAI client throws into a message a merchant may read. The client's own messages
 * are never passed on: OpenAI's error bodies can quote the key (masked or not) and the prompt, so
 * each message is built here from the HTTP status, OpenAI's error code (when it is a plain
 * identifier) and our settings.
 */
final class ServiceFailures {
    private static final Pattern ERROR_CODE = Pattern.compile("[a-z0-9_.-]{1,64}");

    private final OpenAiSettings settings;

    ServiceFailures(OpenAiSettings settings) {
        this.settings = settings;
    }

    CopyUnavailableException of(OpenAIException failure) {
        return new CopyUnavailableException(message(failure));
    }

    private String message(OpenAIException failure) {
        return switch (failure) {
            case UnauthorizedException e -> "OpenAI refused the API key (" + status(e)
                    + "): check OPENAI_API_KEY or cartwise.copy.openai.api-key";
            case PermissionDeniedException e -> "OpenAI does not let this API key use the model '" + settings.model() + "' ("
                    + status(e) + ")";
            case RateLimitException e when code(e).filter("insufficient_quota"::equals).isPresent() ->
                    "the OpenAI account has no quota left (" + status(e) + ")";
            case RateLimitException e -> "OpenAI kept limiting the rate of calls (" + status(e) + ")" + afterRetries();
            case NotFoundException e -> "OpenAI does not know the model '" + settings.model() + "' (" + status(e) + ")";
            case OpenAIServiceException e when e.statusCode() >= 500 -> "OpenAI kept failing (" + status(e) + ")" + afterRetries();
            case OpenAIServiceException e -> "OpenAI refused the request (" + status(e) + ")";
            case OpenAIIoException e when causedBy(e, InterruptedIOException.class) -> "OpenAI did not answer within "
                    + readable(settings.readTimeout()) + afterRetries();
            case OpenAIIoException e when causedBy(e, UnknownHostException.class) || causedBy(e, ConnectException.class) ->
                    "OpenAI cannot be reached at " + settings.baseUrl().getHost() + afterRetries();
            case OpenAIIoException e -> "the connection to OpenAI failed (" + e.getClass().getSimpleName() + ")" + afterRetries();
            case OpenAIInvalidDataException e -> "OpenAI's answer could not be read";
            default -> "the OpenAI client failed (" + failure.getClass().getSimpleName() + ")";
        };
    }

    private String afterRetries() {
        return switch (settings.maxRetries()) {
            case 0 -> "";
            case 1 -> " after 1 retry";
            default -> " after " + settings.maxRetries() + " retries";
        };
    }

    private static String status(OpenAIServiceException e) {
        return "HTTP " + e.statusCode() + code(e).map(code -> " " + code).orElse("");
    }

    /** OpenAI's error code, only when it is a plain identifier: anything else could carry what the body quoted. */
    private static Optional<String> code(OpenAIServiceException e) {
        return e.code().filter(code -> ERROR_CODE.matcher(code).matches());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    static String readable(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + " ms"
                : duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
                duration.toMillis() / 1000.0);
    }
}
