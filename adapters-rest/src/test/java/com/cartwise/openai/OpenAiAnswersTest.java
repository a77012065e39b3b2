package com.cartwise.openai;

import static com.cartwise.openai.OpenAiCopyWriterTest.PLENTY;
import static com.cartwise.openai.OpenAiCopyWriterTest.SKI_AND_WAX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.port.CopyWriter;
import com.cartwise.application.port.CopyWriter.CopyUnavailableException;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.openai.OpenAiStub.Reply;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An answer that is not the copy asked for is a failure of the writer, with its reason, never a crash. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpenAiAnswersTest {
    private final String key = "sk-test-" + UUID.randomUUID();
    private final OpenAiStub openAi = new OpenAiStub(key);
    private final OpenAiCopyWriters writers = new OpenAiCopyWriters(ApiKey.of(key).orElseThrow(),
            OpenAiCopyWriterTest.settings(openAi.baseUrl(), Duration.ofSeconds(5), 0, 4));
    private final CopyWriter writer = writers.forJob(PLENTY);

    @AfterEach
    void stop() {
        writers.close();
        openAi.close();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Here is your copy: Glide further!                                      | it is not JSON",
        "[\"Glide further\", \"Ski and wax.\", \"Better together\"]              | it is not a JSON object",
        "{\"title\": \"Glide further\", \"description\": \"Ski and wax.\"}       | it has no tagline",
        "{\"title\": \"Glide\", \"description\": \"Wax.\", \"tagline\": null}    | it has no tagline",
        "{\"title\": 42, \"description\": \"Ski and wax.\", \"tagline\": \"Go\"} | its title is not text",
        "{\"title\": \"  \", \"description\": \"Ski and wax.\", \"tagline\": \"Go\"} | its title is blank",
        "{\"title\": \"Glide\", \"description\": \"Wax.\", \"tagline\": \"Go\", \"price\": \"1 EUR\"} | it has a field 'price' besides title, description and tagline",
    })
    void anAnswerThatIsNotTheCopyAskedForIsAFailureThatSaysWhy(String content, String why) {
        openAi.replies(Reply.content(content.strip(), 412, 30));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer.write(SKI_AND_WAX));

        assertEquals("OpenAI's answer was not the copy asked for: " + why, failure.getMessage());
    }

    @Test
    void aTitleFarLongerThanAskedIsRefused() {
        // 14 × "Glide ", 84 characters, 83 once stripped; 80 is a third over the 60 asked.
        openAi.replies(Reply.copy("Glide ".repeat(14), "Ski and wax.", "Better together"));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer.write(SKI_AND_WAX));

        assertEquals("OpenAI's answer was not the copy asked for: its title has 83 characters, more than 80", failure.getMessage());
    }

    @Test
    void aTitleALittleLongerThanAskedIsKeptAndCopyIsStripped() throws CopyUnavailableException {
        String title = "Glide further with skis and wax made for each other, all winter";
        openAi.replies(Reply.copy("  " + title + " ", "\nSki and wax.\n", "Better together "));

        BundleCopy copy = writer.write(SKI_AND_WAX);

        assertEquals(title, copy.title());
        assertEquals("Ski and wax.", copy.description());
        assertEquals("Better together", copy.tagline());
    }

    @Test
    void anAnswerCutOffAtTheTokenLimitIsRefused() {
        openAi.replies(Reply.cutOff("{\"title\": \"Glide further\", \"descr"));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer.write(SKI_AND_WAX));

        assertEquals("OpenAI's answer was not the copy asked for: it was cut off at max-answer-tokens", failure.getMessage());
    }

    @Test
    void aRefusalLeavesTheCopyUnavailable() {
        openAi.replies(Reply.refusal("I'm sorry, I cannot help with that."));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer.write(SKI_AND_WAX));

        assertEquals("OpenAI declined to write this bundle's copy", failure.getMessage());
    }

    @Test
    void aResponseBodyThatIsNotAChatCompletionLeavesTheCopyUnavailable() {
        openAi.replies(Reply.copy("Glide", "Wax.", "Go").withBody("<html><body>502 Bad Gateway</body></html>"));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer.write(SKI_AND_WAX));

        assertEquals("OpenAI's answer could not be read", failure.getMessage());
    }

    @Test
    void aCompletionWithoutChoicesLeavesTheCopyUnavailable() {
        openAi.replies(Reply.copy("Glide", "Wax.", "Go").withBody("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,"
                + "\"model\":\"gpt-4o-mini\",\"choices\":[]}"));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer.write(SKI_AND_WAX));

        assertEquals("OpenAI's answer was not the copy asked for: it holds no choice", failure.getMessage());
    }
}
