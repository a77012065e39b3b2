package com.cartwise.domain.bundles.copy;

import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.bundles.explanation.ExplainedBundle;
import com.cartwise.domain.mining.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 8 of bundle generation with the template writer: a brief per bundle, its copy, and the
 * brief's hash as the copy's cache key. The application's AI writer takes the same briefs
 * ({@link CopyBrief#of}) and falls back to {@link TemplateCopyWriter} per bundle.
 */
public final class CopyWriting {
    private final TemplateCopyWriter writer = new TemplateCopyWriter();

    public List<ProposedBundle> write(List<ExplainedBundle> bundles, ShopProfile shop, Progress progress) {
        List<ProposedBundle> proposed = new ArrayList<>();
        for (int i = 0; i < bundles.size(); i++) {
            if ((i & 255) == 0) {
                progress.advance(i, bundles.size());
            }
            CopyBrief brief = CopyBrief.of(bundles.get(i), shop);
            proposed.add(new ProposedBundle(bundles.get(i), writer.write(brief), brief.contentHash()));
        }
        progress.report(1.0);
        return proposed;
    }
}
