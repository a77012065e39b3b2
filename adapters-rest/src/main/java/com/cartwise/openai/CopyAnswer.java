package com.cartwise.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Set;

/**
 * The copy in the service's answer, checked: a JSON object of exactly three non-blank strings
 * (title, description, tagline), none much longer than asked. Anything else is malformed: a
 * failure of the writer that the job answers with template copy, never a crash.
 */
record CopyAnswer(String title, String description, String tagline) {
    /** A third over the lengths asked, for models that count characters loosely; beyond it the copy would not fit. */
    static final int MAX_TITLE = CopyPrompt.TITLE_CHARACTERS * 4 / 3;
    static final int MAX_DESCRIPTION = CopyPrompt.DESCRIPTION_CHARACTERS * 4 / 3;
    static final int MAX_TAGLINE = CopyPrompt.TAGLINE_CHARACTERS * 4 / 3;
    private static final Set<String> FIELDS = Set.of("title", "description", "tagline");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws Malformed saying what is wrong with the answer, without quoting it */
    static CopyAnswer parse(String content) throws Malformed {
        JsonNode answer;
        try {
            answer = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new Malformed("it is not JSON");
        }
        if (answer == null || !answer.isObject()) {
            throw new Malformed("it is not a JSON object");
        }
        for (Iterator<String> names = answer.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new Malformed("it has a field '" + abbreviated(name) + "' besides title, description and tagline");
            }
        }
        return new CopyAnswer(text(answer, "title", MAX_TITLE), text(answer, "description", MAX_DESCRIPTION),
                text(answer, "tagline", MAX_TAGLINE));
    }

    private static String text(JsonNode answer, String field, int maxLength) throws Malformed {
        JsonNode value = answer.get(field);
        if (value == null || value.isNull()) {
            throw new Malformed("it has no " + field);
        }
        if (!value.isTextual()) {
            throw new Malformed("its " + field + " is not text");
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            throw new Malformed("its " + field + " is blank");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new Malformed("its " + field + " has " + text.codePointCount(0, text.length()) + " characters, more than "
                    + maxLength);
        }
        return text;
    }

    private static String abbreviated(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "…";
    }

    /** The answer is not the copy asked for. */
    static final class Malformed extends Exception {
        Malformed(String why) {
            super(why);
        }
    }
}
