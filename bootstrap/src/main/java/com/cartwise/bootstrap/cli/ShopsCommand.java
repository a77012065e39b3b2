package com.cartwise.bootstrap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cartwise shops ...}: a shop and its API keys on a running Cartwise, with the operator key. */
@Command(name = "shops", mixinStandardHelpOptions = true,
        description = "Create a shop and issue its API keys on a running Cartwise, over REST, with the operator key.",
        subcommands = {CreateShopCommand.class, IssueKeyCommand.class, CommandLine.HelpCommand.class})
public final class ShopsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
