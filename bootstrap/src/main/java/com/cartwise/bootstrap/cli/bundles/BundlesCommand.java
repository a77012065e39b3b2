package com.cartwise.bootstrap.cli.bundles;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cartwise bundles ...}: bundle generation and review on a running Cartwise. */
@Command(name = "bundles", mixinStandardHelpOptions = true, description = "Generate bundles on a running Cartwise, and review them.",
        subcommands = {GenerateBundlesCommand.class, ListBundlesCommand.class, ApproveBundleCommand.class, RejectBundleCommand.class, CommandLine.HelpCommand.class})
public final class BundlesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
