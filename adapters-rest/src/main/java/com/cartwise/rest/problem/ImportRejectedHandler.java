package com.cartwise.rest.problem;

import com.cartwise.domain.imports.ImportRejectedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** An upload rejected before its rows reached a use case (its header, its dates): 400 with the place. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public final class ImportRejectedHandler implements ExceptionHandler<ImportRejectedException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ImportRejectedException exception) {
        return Problems.rejectedFile(exception.problem());
    }
}
