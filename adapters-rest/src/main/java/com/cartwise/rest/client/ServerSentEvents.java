package com.cartwise.rest.client;

import java.util.Iterator;
import java.util.function.Predicate;

/**
 * Reads a {@code text/event-stream} line by line, as the HTML Living Standard's "event stream
 * interpretation" says: {@code field: value} lines build an event, a blank line dispatches it,
 * {@code :} lines are comments, several {@code data} lines join with a line feed.
 */
final class ServerSentEvents {
    private ServerSentEvents() {
    }

    /** One dispatched event; {@code id} is the stream's last event id when it was dispatched ("" before any). */
    record Event(String id, String name, String data) {
    }

    /**
     * Reads events until the stream ends or {@code handler} answers false (it has what it waited for).
     *
     * @return whether the handler stopped the reading
     */
    static boolean read(Iterator<String> lines, String lastEventId, Predicate<Event> handler) {
        String id = lastEventId;
        String name = "";
        StringBuilder data = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty()) {
                if (data != null && !handler.test(new Event(id, name.isEmpty() ? "message" : name, data.toString()))) {
                    return true;
                }
                name = "";
                data = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "id" -> id = value.indexOf('\0') < 0 ? value : id;
                case "event" -> name = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> {
                    // "retry" and unknown fields: this client paces its own reconnections.
                }
            }
        }
        return false;
    }
}
