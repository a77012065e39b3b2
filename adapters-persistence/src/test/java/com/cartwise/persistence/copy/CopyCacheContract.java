package com.cartwise.persistence.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.port.CopyCache;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.CopyBrief;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@code CopyCache} does, the in-memory one and PostgreSQL's alike. */
abstract class CopyCacheContract {
    private static final String SKI_AND_WAX = new CopyBrief(BundleType.FBT, Objective.INCREASE_AOV, List.of("Ski", "Ski Wax"), "Skis",
            "350.20 EUR", "412.00 EUR", "15% off", "bought together in 37 of 120 orders").contentHash();
    private static final BundleCopy COPY = new BundleCopy("Glide further", "Ski and wax, tuned for each other: 350.20 EUR instead of "
            + "412.00 EUR. Français: «à la neige», 日本語 too.", "Better together", "openai:gpt-4o-mini");

    protected abstract Ports ports();

    protected abstract CopyCache cache();

    private ShopId newShop() {
        ShopId id = ShopId.of("copy-" + UUID.randomUUID());
        ports().shops().add(new Shop(id, "Alpine", Currency.getInstance("EUR")));
        return id;
    }

    @Test
    void keptCopyIsFoundByItsShopAndContentHashWithItsWriter() {
        ShopId shop = newShop();

        cache().keep(shop, SKI_AND_WAX, COPY);

        assertEquals(Optional.of(COPY), cache().find(shop, SKI_AND_WAX));
    }

    @Test
    void aBriefNeverKeptIsNotFound() {
        assertEquals(Optional.empty(), cache().find(newShop(), SKI_AND_WAX));
    }

    @Test
    void theFirstCopyKeptForABriefStays() {
        ShopId shop = newShop();
        cache().keep(shop, SKI_AND_WAX, COPY);

        cache().keep(shop, SKI_AND_WAX, new BundleCopy("Another title", "Another description.", "Another tagline", "openai:gpt-4o"));

        assertEquals(Optional.of(COPY), cache().find(shop, SKI_AND_WAX));
    }

    @Test
    void oneShopsCopyIsNotAnothers() {
        ShopId alpine = newShop();
        ShopId glacier = newShop();

        cache().keep(alpine, SKI_AND_WAX, COPY);

        assertEquals(Optional.empty(), cache().find(glacier, SKI_AND_WAX));
    }
}
