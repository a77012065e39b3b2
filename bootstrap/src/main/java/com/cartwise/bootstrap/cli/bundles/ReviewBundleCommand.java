package com.cartwise.bootstrap.cli.bundles;

import com.cartwise.bootstrap.cli.JobEndings;
import com.cartwise.bootstrap.cli.RemoteOptions;
import com.cartwise.rest.client.CartwiseRestClient;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cartwise bundles approve|reject --shop S KEY}: the merchant's review of a proposed bundle
 * (the same calls as {@code POST .../bundle-recommendations/{key}/approve} and {@code /reject}).
 * An approval Cartwise refuses (an item without a price, prices changed since the bundle was
 * priced) prints the refusal as the API gives it and changes nothing.
 */
abstract class ReviewBundleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--shop", required = true, description = "The shop whose bundle it is.")
    String shop;

    @Parameters(paramLabel = "KEY", description = "The bundle's key (32 hex digits), as `cartwise bundles generate` and the API list it.")
    String bundleKey;

    @Option(names = "--note", description = "A note kept with the decision, e.g. \"for the winter page\".")
    String note;

    @Mixin
    RemoteOptions remote;

    /** Whether the command approves (else it rejects). */
    public abstract boolean approves();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CartwiseRestClient client = remote.client(spec);
        return JobEndings.answered(err, () -> client.review(shop, bundleKey, approves(), Optional.ofNullable(note)),
                approves() ? "the approval" : "the rejection", b -> {
                    out.println((approves() ? "Approved" : "Rejected") + " bundle " + b.bundleKey() + ": " + b.title() + " — "
                            + BundleWording.price(b) + " (" + b.type() + ", " + b.objective() + ").");
                    out.println(approves() ? "Make it live: POST " + client.resolve("/api/v1/shops/" + shop + "/active-bundles")
                            + " {\"bundle_key\": \"" + b.bundleKey() + "\"}" : "Later generations keep it rejected.");
                    out.flush();
                });
    }
}
