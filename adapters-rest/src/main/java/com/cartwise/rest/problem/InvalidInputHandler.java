package com.cartwise.rest.problem;

import com.cartwise.domain.InvalidInputException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A value that breaks a domain rule, wherever a controller met it: 400 naming the field. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public final class InvalidInputHandler implements ExceptionHandler<InvalidInputException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidInputException exception) {
        return Problems.invalidInput(exception);
    }
}
