package com.cartwise.bootstrap.cli;

import com.cartwise.bootstrap.Cartwise;
import com.cartwise.bootstrap.TestServers;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** A {@code cartwise} command run in this JVM as a terminal runs it: its exit code and what it printed on each stream. */
public record CliRun(int exit, String out, String err) {

    /** The command with the operator key added (before --shop). */
    public static CliRun cartwise(String... args) {
        return cartwiseAsTyped(TestServers.withOperatorKey(args));
    }

    /** The command exactly as given: no key added. */
    public static CliRun cartwiseAsTyped(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Cartwise());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
