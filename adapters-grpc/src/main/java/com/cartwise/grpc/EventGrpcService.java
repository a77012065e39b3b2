package com.cartwise.grpc;

import com.cartwise.application.analytics.RecordEvents;
import com.cartwise.proto.v1.EventServiceGrpc;
import com.cartwise.proto.v1.RecordEventsRequest;
import com.cartwise.proto.v1.RecordEventsResponse;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * {@code cartwise.v1.EventService}: batches of events from tills. A batch is checked on the
 * handler's thread (CPU only) and written on {@link ModelLoadingExecutor}'s threads, so that the
 * database never holds up the handler threads that serve recommendations.
 */
@Singleton
public final class EventGrpcService extends EventServiceGrpc.EventServiceImplBase {
    static final int MAX_STREAM_MESSAGES = 100;
    private final RecordEvents recordEvents;
    private final ExecutorService writing;

    public EventGrpcService(RecordEvents recordEvents, @Named(ModelLoadingExecutor.NAME) ExecutorService writing) {
        this.recordEvents = recordEvents;
        this.writing = writing;
    }

    @Override
    public void recordEvents(RecordEventsRequest request, StreamObserver<RecordEventsResponse> response) {
        RecordEvents.Command command = EventRequests.toCommand(request);
        record(List.of(command), response, EventServiceGrpc.getRecordEventsMethod().getFullMethodName());
    }

    @Override
    public StreamObserver<RecordEventsRequest> streamEvents(StreamObserver<RecordEventsResponse> response) {
        List<RecordEvents.Command> batches = new ArrayList<>();
        return new StreamObserver<>() {
            @Override
            public void onNext(RecordEventsRequest request) {
                if (batches.size() == MAX_STREAM_MESSAGES) {
                    throw new com.cartwise.domain.InvalidInputException("events",
                            "a stream carries at most " + MAX_STREAM_MESSAGES + " messages: start another call for the rest");
                }
                batches.add(EventRequests.toCommand(request));
            }

            @Override
            public void onError(Throwable cancelled) {
                batches.clear();
            }

            @Override
            public void onCompleted() {
                record(List.copyOf(batches), response, EventServiceGrpc.getStreamEventsMethod().getFullMethodName());
            }
        };
    }

    private void record(List<RecordEvents.Command> batches, StreamObserver<RecordEventsResponse> response, String method) {
        Context call = Context.current();
        writing.execute(call.wrap(() -> {
            try {
                RecordEventsResponse.Builder sum = RecordEventsResponse.newBuilder();
                for (RecordEvents.Command batch : batches) {
                    switch (recordEvents.execute(batch)) {
                        case RecordEvents.Result.Recorded r -> sum.setReceived(sum.getReceived() + r.received())
                                .setRecorded(sum.getRecorded() + r.recorded()).setDuplicates(sum.getDuplicates() + r.duplicates());
                        case RecordEvents.Result.ShopNotFound notFound -> {
                            response.onError(Status.NOT_FOUND.withDescription("no shop with shop_id '" + notFound.shop() + "' exists")
                                    .asRuntimeException());
                            return;
                        }
                    }
                }
                response.onNext(sum.build());
                response.onCompleted();
            } catch (RuntimeException e) {
                response.onError(ErrorStatusInterceptor.toStatus(e, method));
            }
        }));
    }
}
