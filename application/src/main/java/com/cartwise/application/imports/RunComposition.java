package com.cartwise.application.imports;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.UploadFormat;
import java.util.List;

/**
 * The reference bundle generator's four files belong together: its variants name their products
 * only by id, and the products (titles, handles, types) are in catalog_joined.csv, so variants
 * come with their catalogue in one upload.
 */
final class RunComposition {
    private RunComposition() {
    }

    static void check(List<UploadedFile> files, List<UploadFormat> formats) {
        boolean variants = formats.contains(UploadFormat.RUN_VARIANTS);
        boolean catalog = formats.contains(UploadFormat.RUN_CATALOG);
        if (variants && !catalog) {
            UploadedFile file = files.get(formats.indexOf(UploadFormat.RUN_VARIANTS));
            throw new ImportRejectedException(new ImportProblem(file.fileName(), 0, 0, "",
                    "is the variants file of a four-file upload, whose products are in catalog_joined.csv:"
                            + " upload both together (with orders.csv and inventory_levels.csv if you have them)"));
        }
    }
}
