package com.cartwise.bootstrap.startup;

import com.cartwise.application.catalog.ImportCatalog;
import com.cartwise.application.orders.ImportOrders;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.application.shop.FindShop;
import com.cartwise.bootstrap.demo.DemoData;
import com.cartwise.bootstrap.demo.DemoShopGenerator;
import com.cartwise.domain.recommend.evaluation.PrimaryMeasure;
import com.cartwise.domain.recommend.evaluation.Role;
import com.cartwise.domain.recommend.evaluation.ScorerResult;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts the generated demo shop into a running Cartwise through the same use cases a merchant's
 * uploads go through, and trains it. A shop that already has a model is left as it is, so a
 * restart neither duplicates nor regenerates anything.
 */
public final class DemoShopInstaller {
    private static final ShopId DEMO = DemoShopGenerator.SHOP_ID;

    private final FindShop findShop;
    private final CreateShop createShop;
    private final ImportCatalog importCatalog;
    private final ImportOrders importOrders;
    private final TrainRecommender trainRecommender;
    private final ServingModels servingModels;
    private final PrintStream out;
    private final DemoShopGenerator generator = new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED);

    public DemoShopInstaller(ApplicationContext context, PrintStream out) {
        this.findShop = context.getBean(FindShop.class);
        this.createShop = context.getBean(CreateShop.class);
        this.importCatalog = context.getBean(ImportCatalog.class);
        this.importOrders = context.getBean(ImportOrders.class);
        this.trainRecommender = context.getBean(TrainRecommender.class);
        this.servingModels = context.getBean(ServingModels.class);
        this.out = out;
    }

    /** @return the model the demo shop is served from */
    public TrainedModel install() {
        Optional<ServingModel> existing = findShop.execute(DEMO).flatMap(shop -> servingModels.current(DEMO));
        if (existing.isPresent()) {
            TrainedModel model = existing.get().model();
            out.printf("Demo shop '%s' found (model version %d, %s): nothing generated.%n",
                    DEMO, model.version(), model.metric());
            return model;
        }
        long started = System.nanoTime();
        DemoData data = generator.generate();
        // A start that died half-way left a shop without a model: the imports below are idempotent.
        createShop.execute(data.shop());
        if (!(importCatalog.execute(DEMO, data.variants().iterator()) instanceof ImportCatalog.Result.Imported catalog)) {
            throw new IllegalStateException("the demo catalogue was refused");
        }
        if (!(importOrders.execute(DEMO, data.orders().iterator()) instanceof ImportOrders.Result.Imported orders)) {
            throw new IllegalStateException("the demo orders were refused");
        }
        if (!(trainRecommender.execute(new TrainRecommender.Command(DEMO, Optional.empty()))
                instanceof TrainRecommender.Result.Trained trained)) {
            throw new IllegalStateException("the demo shop could not be trained");
        }
        TrainedModel model = trained.model();
        out.printf("Demo shop '%s' (%s) generated in %.1f s: %d products, %d variants, %d orders, %d order lines.%n",
                DEMO, data.shop().name(), (System.nanoTime() - started) / 1e9, data.productCount(),
                catalog.summary().variantsAdded() + catalog.summary().variantsUpdated(), orders.summary().ordersAdded()
                        + orders.summary().ordersReplaced(), orders.summary().lines());
        PrimaryMeasure primary = model.evaluation().primary();
        out.printf("Trained model version %d on %d baskets; chose %s by %s on the newest %d orders:%n",
                model.version(), model.orders(), model.metric(), primary.wireName(), model.evaluation().validationOrders());
        for (Role role : Role.values()) {
            model.evaluation().best(role, primary).ifPresent(best -> printResult(role, best, primary));
        }
        return model;
    }

    private void printResult(Role role, ScorerResult result, PrimaryMeasure primary) {
        out.printf(Locale.ROOT, "  best %-10s %-34s %s %.3f  (%d held-out items)%n", role.wireName(), result.name(),
                primary.wireName(), result.value(primary), result.result(primary.protocol()).cases());
    }

    /** How to ask the demo shop something, with a SKU whose co-purchases were designed in. */
    public void printTour(int httpPort, int grpcPort) {
        String sku = generator.designedComplements().keySet().iterator().next();
        out.printf("""
                Try it:
                  curl -s -X POST localhost:%1$d/api/v1/shops/demo/recommendations -H 'Content-Type: application/json' \\
                       -d '{"items":[{"sku":"%3$s"}],"limit":3}'
                  ./mvnw -q exec:exec -pl bootstrap -Dcartwise.args="recommend --port %2$d --shop demo --sku %3$s --limit 3"
                """, httpPort, grpcPort, sku);
    }
}
