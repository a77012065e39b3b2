package com.cartwise.bootstrap.cli;

import java.io.Console;

/** Whether a person watches at a terminal, or the output goes to a file, a pipe or a CI log. */
final class Terminal {
    private Terminal() {
    }

    static boolean attached() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Since JDK 22 System.console() answers even when redirected, and Console.isTerminal() tells.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException olderJdk) {
            // Before JDK 22 there is a console only when both standard input and output are a terminal.
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
