package com.cartwise.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A stream asked of a job the shop does not have: 404 problem+json before any event. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public final class JobNotFoundHandler implements ExceptionHandler<JobNotFoundException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, JobNotFoundException exception) {
        return Problems.jobNotFound(exception.shop(), exception.job());
    }
}
