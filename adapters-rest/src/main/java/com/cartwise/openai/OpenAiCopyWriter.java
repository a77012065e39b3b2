package com.cartwise.openai;

import com.cartwise.application.port.CopyWriter;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.CopyBrief;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.completions.CompletionUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy writer of one job: each brief is one Chat Completions call, within the job's budget,
 * answered by the copy in the structured answer, with writer {@code openai:<model>}.
 */
final class OpenAiCopyWriter implements CopyWriter {
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCopyWriter.class);
    static final String WRITER_PREFIX = "openai:";

    private final OpenAiCalls calls;
    private final CopyPrompt prompt;
    private final JobSpending spending;
    private final String model;

    OpenAiCopyWriter(OpenAiCalls calls, CopyPrompt prompt, JobSpending spending, String model) {
        this.calls = calls;
        this.prompt = prompt;
        this.spending = spending;
        this.model = model;
    }

    @Override
    public BundleCopy write(CopyBrief brief) throws CopyUnavailableException {
        try {
            spending.takeCall();
            ChatCompletion completion = calls.complete(prompt.params(brief));
            spending.spendTokens(completion.usage().map(CompletionUsage::totalTokens).orElse(0L));
            return copy(completion);
        } catch (CopyUnavailableException e) {
            LOG.warn("No AI copy for a bundle: {}", e.getMessage());
            throw e;
        }
    }

    private BundleCopy copy(ChatCompletion completion) throws CopyUnavailableException {
        if (completion.choices().isEmpty()) {
            throw malformed("it holds no choice");
        }
        ChatCompletion.Choice choice = completion.choices().getFirst();
        if (choice.message().refusal().filter(r -> !r.isBlank()).isPresent()) {
            throw new CopyUnavailableException("OpenAI declined to write this bundle's copy");
        }
        if (ChatCompletion.Choice.FinishReason.LENGTH.equals(choice.finishReason())) {
            throw malformed("it was cut off at max-answer-tokens");
        }
        String content = choice.message().content().orElse("");
        try {
            CopyAnswer answer = CopyAnswer.parse(content);
            String answeredBy = completion.model() == null || completion.model().isBlank() ? model : completion.model();
            return new BundleCopy(answer.title(), answer.description(), answer.tagline(), WRITER_PREFIX + answeredBy);
        } catch (CopyAnswer.Malformed e) {
            throw malformed(e.getMessage());
        }
    }

    private static CopyUnavailableException malformed(String why) {
        return new CopyUnavailableException("OpenAI's answer was not the copy asked for: " + why);
    }

    @Override
    public String toString() {
        return "OpenAiCopyWriter[model=" + model + ", calls=" + spending.calls() + ", tokens=" + spending.tokens() + "]";
    }
}
