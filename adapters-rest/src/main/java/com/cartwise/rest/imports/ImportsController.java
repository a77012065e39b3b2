package com.cartwise.rest.imports;

import com.cartwise.application.catalog.ImportCatalog;
import com.cartwise.application.orders.ImportOrders;
import com.cartwise.application.port.Catalog.CatalogImportSummary;
import com.cartwise.application.port.OrderHistory.OrdersImportSummary;
import com.cartwise.application.shop.FindShop;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.catalog.ProductsExport;
import com.cartwise.rest.orders.OrdersExport;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Uploading a Shopify admin export (products or orders) into a shop, all or nothing. The upload is
 * spooled to a temporary file, never held in memory, and read from there as a stream.
 */
@Controller("/api/v1/shops/{shopId}/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportsController {
    private final FindShop findShop;
    private final ImportCatalog importCatalog;
    private final ImportOrders importOrders;

    public ImportsController(FindShop findShop, ImportCatalog importCatalog, ImportOrders importOrders) {
        this.findShop = findShop;
        this.importCatalog = importCatalog;
        this.importOrders = importOrders;
    }

    /**
     * @param type {@code products} or {@code orders}; without it the file's header tells
     * @param file the export, as the multipart part named "file" (Micronaut answers 400 naming it when absent)
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> upload(String shopId, @Nullable @QueryValue String type, StreamingFileUpload file) {
        ShopId shop = ShopId.of(shopId);
        ExportType requested = type == null ? null : ExportType.fromWireName(type);
        // Checked before receiving the file, so an unknown shop costs neither disk nor a parse.
        if (findShop.execute(shop).isEmpty()) {
            return Problems.shopNotFound(shop);
        }
        try (UploadedFile upload = UploadedFile.spool(file)) {
            ExportType exportType = requested != null ? requested : ExportType.detect(upload.path(), upload.name());
            return switch (exportType) {
                case PRODUCTS -> importProducts(shop, upload);
                case ORDERS -> importOrders(shop, upload);
            };
        }
    }

    private HttpResponse<?> importProducts(ShopId shop, UploadedFile upload) {
        try (ProductsExport export = ProductsExport.open(upload.path(), upload.name())) {
            return switch (importCatalog.execute(shop, export)) {
                case ImportCatalog.Result.Imported(CatalogImportSummary s) -> HttpResponse.status(HttpStatus.CREATED).body(
                        new ProductsImported(ExportType.PRODUCTS.wireName(), upload.name(), export.rows(), export.imageRows(),
                                s.productsAdded(), s.variantsAdded(), s.variantsUpdated(), export.warnings()));
                case ImportCatalog.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
                case ImportCatalog.Result.Rejected rejected -> Problems.rejectedFile(rejected.problem());
            };
        }
    }

    private HttpResponse<?> importOrders(ShopId shop, UploadedFile upload) {
        try (OrdersExport export = OrdersExport.open(upload.path(), upload.name())) {
            return switch (importOrders.execute(shop, export)) {
                case ImportOrders.Result.Imported(OrdersImportSummary s) -> HttpResponse.status(HttpStatus.CREATED).body(
                        new OrdersImported(ExportType.ORDERS.wireName(), upload.name(), export.rows(), s.ordersAdded(),
                                s.ordersReplaced(), s.lines(), export.dateFormat().wireName(), export.warnings()));
                case ImportOrders.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
                case ImportOrders.Result.Rejected rejected -> Problems.rejectedFile(rejected.problem());
            };
        }
    }
}
