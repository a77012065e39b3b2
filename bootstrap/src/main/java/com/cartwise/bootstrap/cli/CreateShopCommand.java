package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.CartwiseRestClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates a shop on a running Cartwise (the same call as {@code POST /api/v1/shops}), so that files can be imported into it. */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create a shop on a running Cartwise, over REST, with the operator key: files can then be imported into it."},
        exitCodeOnInvalidInput = JobExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the shop was created",
            "1:wrong usage: an unknown option, no API key",
            "2:Cartwise refused it (the id is taken, a field is invalid, which it names; a shop key instead of the operator key)",
            "3:Cartwise cannot be reached"})
public final class CreateShopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--shop", required = true, description = "The new shop's id: a-z, 0-9, '.' and '-', e.g. my-shop or its myshopify domain.")
    String shop;

    @Option(names = "--name", required = true, description = "The shop's name, e.g. \"My Shop\".")
    String name;

    @Option(names = "--currency", required = true, description = "The ISO 4217 code of the shop's prices, e.g. EUR.")
    String currency;

    @Mixin
    RemoteOptions remote;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CartwiseRestClient client = remote.client(spec);
        return JobEndings.answered(err, () -> client.createShop(shop, name, currency), "the shop", created -> {
            out.println("Created shop " + created.shopId() + " (" + created.name() + ", prices in " + created.currency()
                    + "). Next: cartwise shops issue-key --shop " + created.shopId() + ", or cartwise import --shop " + created.shopId()
                    + " FILE...");
            out.flush();
        });
    }
}
