package com.cartwise.bootstrap;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operator reads when a command fails: the failure and each cause on a line of its own,
 * without the dependency-injection container's wrappers (their message repeats the cause's after a
 * page of "Path Taken"), without a cause that only repeats the line above it, and headed by what to
 * check when the cause is that the database could not be reached.
 */
final class StartFailure {
    private static final String CONTAINER_WRAPPERS = "io.micronaut.context.exceptions.";

    private StartFailure() {
    }

    static String explain(Throwable failure) {
        List<String> lines = new ArrayList<>();
        boolean database = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            database |= unreachable(t);
            if (t.getClass().getName().startsWith(CONTAINER_WRAPPERS) && t.getCause() != null) {
                continue;
            }
            String message = message(t);
            if (lines.isEmpty() || !lines.getLast().contains(message)) {
                lines.add(message);
            }
        }
        if (database) {
            lines.addFirst("could not connect to its PostgreSQL database (DATABASE_URL, or datasources.default.url with its username"
                    + " and password)");
        }
        StringBuilder why = new StringBuilder("Cartwise stopped: ").append(lines.getFirst());
        for (String line : lines.subList(1, lines.size())) {
            why.append(System.lineSeparator()).append("  because: ").append(line);
        }
        return why.toString();
    }

    /**
     * SQL states 08 (connection exception), 28 (invalid authorization) and 3D000 (no such
     * database): the server was not reached, refused the login, or holds no database of that name.
     */
    private static boolean unreachable(Throwable t) {
        if (!(t instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        String state = sql.getSQLState();
        return state.startsWith("08") || state.startsWith("28") || state.equals("3D000");
    }

    private static String message(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        // a wrapper left as the last word keeps its own message, not its path through the container
        if (t.getClass().getName().startsWith(CONTAINER_WRAPPERS)) {
            int at = message.indexOf("Message: ");
            return (at >= 0 ? message.substring(at + "Message: ".length()) : message).lines().findFirst().orElse(message);
        }
        return message;
    }
}
