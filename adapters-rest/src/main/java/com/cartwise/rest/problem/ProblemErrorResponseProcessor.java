package com.cartwise.rest.problem;

import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Shapes the errors Micronaut itself reports (no such route, wrong method or media type, a body
 * that is not JSON, a missing part, an unexpected exception) as problem+json too, so that a
 * client parses one error format; a body value of the wrong type names its field
 * ({@link WrongTypedValue}). Details never carry exception text, which could reveal internals
 * (class names, parser state); Micronaut's route executor logs a server error's cause.
 */
@Singleton
public final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    private static final String MALFORMED_BODY = "The request body is not valid JSON, or one of its values has the wrong type.";

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Problem>) response;
        }
        HttpStatus status = response.getStatus();
        Optional<Problem> wrongValue = status == HttpStatus.BAD_REQUEST
                ? context.getRootCause().flatMap(WrongTypedValue::of) : Optional.empty();
        Problem problem = wrongValue.isPresent() ? wrongValue.get() : switch (context.getRootCause().orElse(null)) {
            case UnsatisfiedArgumentException missing -> Problems.missing(Problems.apiName(missing.getArgument().getName()));
            case UnsatisfiedRouteException missing -> Problems.missing(Problems.apiName(missing.getArgument().getName()));
            case ConversionErrorException wrongType when !wrongType.getArgument().getAnnotationMetadata().hasAnnotation(Body.class) ->
                    Problems.invalid(parameterName(wrongType.getArgument()), mismatch(wrongType));
            case null, default -> status == HttpStatus.REQUEST_ENTITY_TOO_LARGE ? Problems.requestTooLarge(detail(context, status))
                    : Problems.httpError(status, detail(context, status));
        };
        return response.body(problem).contentType(Problems.MEDIA_TYPE);
    }

    /** The name a parameter has in the request: its query name when it has one, else its Java name in the API's words. */
    private static String parameterName(Argument<?> argument) {
        return argument.getAnnotationMetadata().stringValue(QueryValue.class).orElseGet(() -> Problems.apiName(argument.getName()));
    }

    /** What a query or path value should have been; the value is the caller's own (a URL is at most a few KiB). */
    private static String mismatch(ConversionErrorException e) {
        Class<?> type = e.getArgument().getType();
        String expected = type == Boolean.class || type == boolean.class ? "must be true or false"
                : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "must be a whole number" : "has the wrong form";
        return expected + e.getConversionError().getOriginalValue().map(value -> ", but was '" + value + "'").orElse("");
    }

    private static String detail(ErrorContext context, HttpStatus status) {
        if (status.getCode() >= 500) {
            return "The server could not complete the request; the error is logged for the operator.";
        }
        return switch (context.getRootCause().orElse(null)) {
            case JsonSyntaxException e -> MALFORMED_BODY;
            case ConversionErrorException e -> MALFORMED_BODY;
            case SerdeException e -> MALFORMED_BODY;
            case null, default -> switch (status) {
                case NOT_FOUND -> "No resource at " + context.getRequest().getPath();
                // Micronaut's own wording here names only what the client sent and what is allowed.
                case METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE, REQUEST_ENTITY_TOO_LARGE ->
                        context.hasErrors() ? context.getErrors().getFirst().getMessage() : status.getReason();
                default -> status.getReason();
            };
        };
    }
}
