package com.cartwise.bootstrap;

import com.cartwise.bootstrap.cli.RecommendCommand;
import com.cartwise.bootstrap.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code serve} (the default) runs Cartwise; {@code recommend} asks a running one over gRPC. */
@Command(name = "cartwise", mixinStandardHelpOptions = true, version = "Cartwise 0.1.0",
        description = "Recommendation and bundle backend for Shopify shops.",
        subcommands = {ServeCommand.class, RecommendCommand.class, CommandLine.HelpCommand.class})
public final class Cartwise implements Runnable {

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        int exit = new CommandLine(new Cartwise()).execute(effective);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
