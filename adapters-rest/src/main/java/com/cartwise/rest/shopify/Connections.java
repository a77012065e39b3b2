package com.cartwise.rest.shopify;

import com.cartwise.application.shopify.connect.EstablishConnection;
import com.cartwise.application.shopify.connect.ReadShopifyStatus;
import com.cartwise.application.shopify.sync.StartShopifySync;
import com.cartwise.domain.shopify.WebhookTopic;
import com.cartwise.rest.jobs.JobJson;
import java.util.List;
import java.util.Set;

/** Turns an established connection into the API's answer, the same for a pasted token and an OAuth install. */
final class Connections {
    private Connections() {
    }

    static ConnectedJson answer(EstablishConnection.Outcome.Established done, Set<String> missingRecommended,
                                ReadShopifyStatus status) {
        JobJson job = null;
        String notStarted = null;
        if (done.sync().isPresent()) {
            switch (done.sync().get()) {
                case StartShopifySync.Result.Started started -> job = JobJson.of(started.job());
                case StartShopifySync.Result.ShopBusy busy -> notStarted = "the shop is running " + busy.running().kind().wireName()
                        + " job " + busy.running().id() + ": start the sync when it has ended (POST .../shopify/syncs)";
                case StartShopifySync.Result.NotConnected ignored -> notStarted = "the shop is not connected";
                case StartShopifySync.Result.ShopNotFound ignored -> notStarted = "the shop does not exist";
            }
        }
        ShopifyStatusJson connection = switch (status.execute(done.connection().shop())) {
            case ReadShopifyStatus.Result.Found found -> ShopifyStatusJson.of(found.status());
            default -> throw new IllegalStateException("a connection just established is not found");
        };
        List<String> topics = done.subscribed().stream().map(WebhookTopic::header).sorted().toList();
        return new ConnectedJson(connection, topics, missingRecommended.stream().sorted().toList(), job, notStarted);
    }
}
