package com.cartwise.application.port;

import com.cartwise.application.access.KeyId;
import com.cartwise.application.access.StoredKey;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The API keys of the shops and of the operator, kept as hashes. */
public interface ApiKeys {
    void add(StoredKey key);

    /** The key with this id, revoked or not. */
    Optional<StoredKey> find(KeyId id);

    /**
     * A page of the shop's keys, revoked ones too, oldest first (ties by key id).
     *
     * @param after only the keys after this one, when present
     */
    List<StoredKey> list(ShopId shop, int limit, java.util.Optional<com.cartwise.application.access.KeyCursor> after);

    /** Marks the shop's key revoked; false when the shop has no such key or it was revoked already. */
    boolean revoke(ShopId shop, KeyId id, Instant at);

    /** Records that the key was used at this time (never moving the time backwards). */
    void touch(KeyId id, Instant at);

    /**
     * Shops by their keys' last use, the most recent first (ties by shop id): the shops whose tills
     * called last. Shops none of whose keys was ever used are left out; operator keys are no shop's.
     *
     * @param limit at most this many shops
     */
    List<ShopId> shopsByLastUse(int limit);

    /** Whether any operator key is kept (one generated at a first start). */
    boolean hasOperatorKey();
}
