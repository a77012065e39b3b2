package com.cartwise.bootstrap.startup;

import com.cartwise.application.imports.ImportReport;
import com.cartwise.application.imports.ImportRequest;
import com.cartwise.application.imports.StartImport;
import com.cartwise.application.imports.UploadedFile;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.jobs.tracking.FindJob;
import com.cartwise.application.port.UploadStore;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.application.shop.FindShop;
import com.cartwise.bootstrap.demo.DemoData;
import com.cartwise.bootstrap.demo.DemoShopGenerator;
import com.cartwise.bootstrap.demo.ShopifyExportWriter;
import com.cartwise.domain.recommend.evaluation.PrimaryMeasure;
import com.cartwise.domain.recommend.evaluation.Role;
import com.cartwise.domain.recommend.evaluation.ScorerResult;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts the generated demo shop into a running Cartwise by the path a merchant's files take: its
 * catalogue and orders are written as Shopify exports, uploaded to an import job, the shop is
 * trained, and its bundles are generated. A shop that already has a model is left as it is, so a
 * restart neither duplicates nor regenerates anything (its bundles are generated if a start died
 * before they were).
 */
public final class DemoShopInstaller {
    private static final ShopId DEMO = DemoShopGenerator.SHOP_ID;
    private static final Duration IMPORT_PATIENCE = Duration.ofMinutes(5);

    private final FindShop findShop;
    private final CreateShop createShop;
    private final StartImport startImport;
    private final FindJob findJob;
    private final UploadStore uploads;
    private final TrainRecommender trainRecommender;
    private final ServingModels servingModels;
    private final PrintStream out;
    private final DemoBundles bundles;
    private final TourKeys tourKeys;
    private final DemoShopGenerator generator = new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED);

    public DemoShopInstaller(ApplicationContext context, PrintStream out) {
        this.findShop = context.getBean(FindShop.class);
        this.createShop = context.getBean(CreateShop.class);
        this.startImport = context.getBean(StartImport.class);
        this.findJob = context.getBean(FindJob.class);
        this.uploads = context.getBean(UploadStore.class);
        this.trainRecommender = context.getBean(TrainRecommender.class);
        this.servingModels = context.getBean(ServingModels.class);
        this.out = out;
        this.bundles = new DemoBundles(context, out);
        this.tourKeys = new TourKeys(context, DEMO);
    }

    /** @return the model the demo shop is served from */
    public TrainedModel install() {
        Optional<ServingModel> existing = findShop.execute(DEMO).flatMap(shop -> servingModels.current(DEMO));
        if (existing.isPresent()) {
            TrainedModel model = existing.get().model();
            out.printf("Demo shop '%s' found (model version %d, %s): nothing generated.%n",
                    DEMO, model.version(), model.metric());
            bundles.ensure();
            return model;
        }
        long started = System.nanoTime();
        DemoData data = generator.generate();
        // A start that died half-way left a shop without a model: the import below replaces what it finds.
        createShop.execute(data.shop());
        ImportReport imported = importExports(data);
        if (!(trainRecommender.execute(new TrainRecommender.Command(DEMO, Optional.empty()))
                instanceof TrainRecommender.Result.Trained trained)) {
            throw new IllegalStateException("the demo shop could not be trained");
        }
        TrainedModel model = trained.model();
        out.printf("Demo shop '%s' (%s) generated in %.1f s: %d products, %d variants, %d orders, %d order lines"
                        + " (imported as Shopify exports: %,d rows).%n",
                DEMO, data.shop().name(), (System.nanoTime() - started) / 1e9, data.productCount(), data.variants().size(),
                data.orders().size(), data.orders().stream().mapToLong(o -> o.lines().size()).sum(), imported.rows());
        PrimaryMeasure primary = model.evaluation().primary();
        out.printf("Trained model version %d on %d baskets; chose %s by %s on the newest %d orders:%n",
                model.version(), model.orders(), model.metric(), primary.wireName(), model.evaluation().validationOrders());
        for (Role role : Role.values()) {
            model.evaluation().best(role, primary).ifPresent(best -> printResult(role, best, primary));
        }
        bundles.ensure();
        return model;
    }

    private ImportReport importExports(DemoData data) {
        UploadedFile products = upload("products_export.csv",
                file -> ShopifyExportWriter.writeProducts(file, data.variants().iterator()));
        UploadedFile orders = upload("orders_export.csv", file -> ShopifyExportWriter.writeOrders(file, data.orders().iterator()));
        StartJob.Result result = startImport.execute(DEMO, new ImportRequest(List.of(products, orders), false, Optional.empty()));
        if (!(result instanceof StartJob.Result.Started started)) {
            throw new IllegalStateException("the demo import could not start: " + result);
        }
        Job job = AwaitedJob.end(findJob, started.job(), IMPORT_PATIENCE, "the demo import");
        if (job.state() != JobState.SUCCEEDED) {
            throw new IllegalStateException("the demo import " + job.state().wireName() + ": " + job.progress().message());
        }
        return (ImportReport) job.report().orElseThrow();
    }

    private UploadedFile upload(String name, java.util.function.Consumer<Path> writer) {
        try {
            Path file = Files.createTempFile("cartwise-demo-", ".csv");
            try {
                writer.accept(file);
                try (InputStream in = Files.newInputStream(file)) {
                    String stored = uploads.save(in);
                    return new UploadedFile(stored, name, Files.size(file));
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's " + name, e);
        }
    }

    private void printResult(Role role, ScorerResult result, PrimaryMeasure primary) {
        out.printf(Locale.ROOT, "  best %-10s %-34s %s %.3f  (%d held-out items)%n", role.wireName(), result.name(),
                primary.wireName(), result.value(primary), result.result(primary.protocol()).cases());
    }

    /**
     * How to ask the demo shop something, with a SKU whose co-purchases were designed in, and a
     * fresh key of the demo shop to ask with (the previous tour's key is revoked: a restart leaves one).
     */
    public void printTour(int httpPort, int grpcPort) {
        String sku = generator.designedComplements().keySet().iterator().next();
        String key = tourKeys.issue();
        out.printf("""
                The demo shop's API key (shown this once; each start with --demo issues a new one):
                  export CARTWISE_API_KEY=%4$s
                Try it:
                  curl -s -X POST localhost:%1$d/api/v1/shops/demo/recommendations -H "Authorization: Bearer $CARTWISE_API_KEY" \\
                       -H 'Content-Type: application/json' -d '{"items":[{"sku":"%3$s"}],"limit":3}'
                  ./mvnw -q exec:exec -pl bootstrap -Dcartwise.args="recommend --port %2$d --shop demo --sku %3$s --limit 3"
                  curl -s 'localhost:%1$d/api/v1/shops/demo/bundle-recommendations?limit=3' -H "Authorization: Bearer $CARTWISE_API_KEY"
                """, httpPort, grpcPort, sku, key);
    }
}
