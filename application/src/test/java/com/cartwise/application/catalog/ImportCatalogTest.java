package com.cartwise.application.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.FailingRows;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.port.Catalog.CatalogImportSummary;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportCatalogTest {
    private final InMemoryCartwise cartwise = new InMemoryCartwise(SkiShop.CLOCK);

    @Test
    void anUnknownShopIsNotFoundAndNoRowIsRead() {
        Iterator<VariantRecord> records = SkiShop.catalogue().iterator();

        ImportCatalog.Result result = cartwise.importCatalog.execute(ShopId.of("nowhere"), records);

        assertEquals(new ImportCatalog.Result.ShopNotFound(ShopId.of("nowhere")), result);
        assertEquals(SkiShop.catalogue().getFirst(), records.next());
    }

    @Test
    void summarisesWhatTheImportAdded() {
        cartwise.createShop.execute(SkiShop.shop());

        ImportCatalog.Result result = cartwise.importCatalog.execute(SkiShop.ID, SkiShop.catalogue().iterator());

        // 6 rows; 5 products (both gloves are "ski-gloves"); 6 new variants
        assertEquals(new ImportCatalog.Result.Imported(new CatalogImportSummary(6, 5, 6, 0)), result);
        assertEquals(6, cartwise.catalog.all(SkiShop.ID).size());
    }

    @Test
    void importingTheSameCatalogueAgainUpdatesEveryVariantAndAddsNothing() {
        cartwise.createShop.execute(SkiShop.shop());
        cartwise.importCatalog.execute(SkiShop.ID, SkiShop.catalogue().iterator());
        List<Long> idsBefore = cartwise.catalog.all(SkiShop.ID).stream().map(v -> v.id()).toList();

        ImportCatalog.Result result = cartwise.importCatalog.execute(SkiShop.ID, SkiShop.catalogue().iterator());

        assertEquals(new ImportCatalog.Result.Imported(new CatalogImportSummary(6, 0, 0, 6)), result);
        assertEquals(idsBefore, cartwise.catalog.all(SkiShop.ID).stream().map(v -> v.id()).toList());
    }

    @Test
    void aRejectedRowComesBackAsTheProblem() {
        cartwise.createShop.execute(SkiShop.shop());
        ImportProblem problem = new ImportProblem("products_export.csv", 3, 20, "Variant Price", "'abc' is not a price");

        ImportCatalog.Result result = cartwise.importCatalog.execute(SkiShop.ID,
                FailingRows.after(1, SkiShop.catalogue().iterator(), new ImportRejectedException(problem)));

        assertEquals(new ImportCatalog.Result.Rejected(problem), result);
    }

    @Test
    void anyOtherFailurePropagates() {
        cartwise.createShop.execute(SkiShop.shop());
        InvalidInputException unexpected = new InvalidInputException("price", "is required");

        InvalidInputException thrown = assertThrows(InvalidInputException.class, () -> cartwise.importCatalog.execute(SkiShop.ID,
                FailingRows.after(1, SkiShop.catalogue().iterator(), unexpected)));
        assertSame(unexpected, thrown);
    }

    @Test
    void theServedModelIsReloadedSoThatItSeesTheNewCatalogue() {
        InMemoryCartwise shop = SkiShop.imported();
        shop.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.empty()));
        ServingModel before = shop.servingModels.current(SkiShop.ID).orElseThrow();

        shop.importCatalog.execute(SkiShop.ID, List.of(SkiShop.glovesL(Stock.tracked(4))).iterator());

        ServingModel after = shop.servingModels.current(SkiShop.ID).orElseThrow();
        assertNotSame(before, after);
        assertEquals(before.version(), after.version());
    }

    @Test
    void anotherShopsCatalogueIsUntouched() {
        cartwise.createShop.execute(SkiShop.shop());
        cartwise.createShop.execute(new Shop(ShopId.of("other"), "Other", Currency.getInstance("EUR")));

        cartwise.importCatalog.execute(SkiShop.ID, SkiShop.catalogue().iterator());

        assertFalse(cartwise.catalog.all(SkiShop.ID).isEmpty());
        assertEquals(List.of(), cartwise.catalog.all(ShopId.of("other")));
    }
}
