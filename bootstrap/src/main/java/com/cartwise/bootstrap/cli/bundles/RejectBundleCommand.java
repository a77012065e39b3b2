package com.cartwise.bootstrap.cli.bundles;

import com.cartwise.bootstrap.cli.JobExitCodes;
import picocli.CommandLine.Command;

/** {@code cartwise bundles reject --shop S KEY [--note N]}. */
@Command(name = "reject", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reject a proposed bundle on a running Cartwise, over REST: later generations keep it rejected."},
        exitCodeOnInvalidInput = JobExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the bundle was rejected",
            "1:wrong usage: an unknown option, no API key",
            "2:Cartwise refused it (no such bundle or shop, a note too long), which it says; nothing changed",
            "3:Cartwise cannot be reached"})
public final class RejectBundleCommand extends ReviewBundleCommand {
    @Override
    public boolean approves() {
        return false;
    }
}
