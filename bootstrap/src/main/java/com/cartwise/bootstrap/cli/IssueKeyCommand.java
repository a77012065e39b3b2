package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.CartwiseRestClient;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Issues an API key for a shop on a running Cartwise (the same call as {@code POST
 * /api/v1/admin/shops/{shop}/api-keys}) and prints it: the only time the key is shown.
 */
@Command(name = "issue-key", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Issue an API key for a shop on a running Cartwise, over REST, with the operator key, and print it: it is shown"
                + " this once (Cartwise keeps only its hash)."},
        exitCodeOnInvalidInput = JobExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the key was issued and printed",
            "1:wrong usage: an unknown option, no API key",
            "2:Cartwise refused it (an unknown shop, a label too long; a shop key instead of the operator key)",
            "3:Cartwise cannot be reached"})
public final class IssueKeyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--shop", required = true, description = "The shop's id, e.g. my-shop.")
    String shop;

    @Option(names = "--label", description = "What the key is for, e.g. \"front till\" (shown when keys are listed).")
    String label;

    @Mixin
    RemoteOptions remote;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CartwiseRestClient client = remote.client(spec);
        return JobEndings.answered(err, () -> client.issueApiKey(shop, Optional.ofNullable(label)), "the key", issued -> {
            // The key alone on stdout, so that a script can take it; what it is goes to stderr.
            err.println("Issued key " + issued.keyId() + " for shop " + issued.shopId()
                    + (issued.label().isEmpty() ? "" : " (" + issued.label() + ")")
                    + ". It is shown this once: keep it (export CARTWISE_API_KEY=...).");
            err.flush();
            out.println(issued.key());
            out.flush();
        });
    }
}
