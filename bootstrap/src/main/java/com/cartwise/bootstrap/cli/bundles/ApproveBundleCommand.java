package com.cartwise.bootstrap.cli.bundles;

import com.cartwise.bootstrap.cli.JobExitCodes;
import picocli.CommandLine.Command;

/** {@code cartwise bundles approve --shop S KEY [--note N]}. */
@Command(name = "approve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Approve a proposed bundle on a running Cartwise, over REST: it may then be made live."},
        exitCodeOnInvalidInput = JobExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the bundle was approved",
            "1:wrong usage: an unknown option, no API key",
            "2:Cartwise refused it (an item came without a price; its items' prices changed since it was priced;"
                    + " no such bundle or shop), which it says; nothing changed",
            "3:Cartwise cannot be reached"})
public final class ApproveBundleCommand extends ReviewBundleCommand {
    @Override
    public boolean approves() {
        return true;
    }
}
