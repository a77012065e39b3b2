package com.cartwise.bootstrap.startup;

import com.cartwise.application.access.StoredKey;
import com.cartwise.application.access.keys.IssueApiKey;
import com.cartwise.application.access.keys.ListApiKeys;
import com.cartwise.application.access.keys.RevokeApiKey;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.context.ApplicationContext;

/** The demo tour's key: one active at a time, a new one each start (only a key's hash is kept, so an old one cannot be shown again). */
final class TourKeys {
    static final String LABEL = "demo tour";

    private final IssueApiKey issue;
    private final ListApiKeys list;
    private final RevokeApiKey revoke;
    private final ShopId shop;

    TourKeys(ApplicationContext context, ShopId shop) {
        this.issue = context.getBean(IssueApiKey.class);
        this.list = context.getBean(ListApiKeys.class);
        this.revoke = context.getBean(RevokeApiKey.class);
        this.shop = shop;
    }

    /** @return the new key's text */
    String issue() {
        ListApiKeys.Query page = new ListApiKeys.Query(shop, ListApiKeys.MAX_LIMIT, java.util.Optional.empty());
        while (list.execute(page) instanceof ListApiKeys.Result.Listed listed && !listed.keys().isEmpty()) {
            listed.keys().stream().filter(key -> key.active() && LABEL.equals(key.label())).map(StoredKey::id)
                    .forEach(id -> revoke.execute(shop, id));
            page = page.after(listed.keys().getLast());
        }
        return switch (issue.execute(new IssueApiKey.Command(shop, LABEL))) {
            case IssueApiKey.Result.Issued issued -> issued.key().text();
            case IssueApiKey.Result.ShopNotFound notFound -> throw new IllegalStateException("the demo shop is missing");
        };
    }
}
