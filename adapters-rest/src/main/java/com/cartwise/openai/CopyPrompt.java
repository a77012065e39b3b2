package com.cartwise.openai;

import com.cartwise.domain.bundles.copy.CopyBrief;
import com.openai.core.JsonValue;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the copy writer asks: a system message with the rules (language, tone, lengths, facts only)
 * and a user message with the brief, answered as JSON that a strict schema fixes to exactly
 * {@code title}, {@code description} and {@code tagline} (OpenAI's structured outputs).
 */
final class CopyPrompt {
    /** The lengths asked for; {@link CopyAnswer} accepts a little more before it calls an answer malformed. */
    static final int TITLE_CHARACTERS = 60;
    static final int DESCRIPTION_CHARACTERS = 300;
    static final int TAGLINE_CHARACTERS = 40;

    private static final ResponseFormatJsonSchema ANSWER_FORMAT = ResponseFormatJsonSchema.builder()
            .jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                    .name("bundle_copy")
                    .description("Storefront copy for one product bundle")
                    .strict(true)
                    .schema(ResponseFormatJsonSchema.JsonSchema.Schema.builder()
                            .putAdditionalProperty("type", JsonValue.from("object"))
                            .putAdditionalProperty("properties", JsonValue.from(properties()))
                            .putAdditionalProperty("required", JsonValue.from(List.of("title", "description", "tagline")))
                            .putAdditionalProperty("additionalProperties", JsonValue.from(false))
                            .build())
                    .build())
            .build();

    private final OpenAiSettings settings;
    private final String rules;

    CopyPrompt(OpenAiSettings settings) {
        this.settings = settings;
        this.rules = String.join("\n",
                "You write storefront copy for product bundles of an online shop.",
                "Write in " + settings.language() + ". Tone: " + settings.tone() + ".",
                "Use only the facts given: the products, the price, the offer and the reasons. Never invent features,"
                        + " materials, awards, stock levels, deadlines or any discount other than the offer given.",
                "The reasons and the goal are the merchant's: turn them into a benefit for the shopper; never quote order"
                        + " counts or statistics, and never call products slow-moving.",
                "Answer with a title of at most " + TITLE_CHARACTERS + " characters, a description of one to three sentences"
                        + " and at most " + DESCRIPTION_CHARACTERS + " characters that states the price and the offer exactly as"
                        + " given, and a tagline of at most " + TAGLINE_CHARACTERS + " characters.");
    }

    ChatCompletionCreateParams params(CopyBrief brief) {
        return ChatCompletionCreateParams.builder()
                .model(settings.model())
                .maxCompletionTokens(settings.maxAnswerTokens())
                .responseFormat(ANSWER_FORMAT)
                .addSystemMessage(rules)
                .addUserMessage(brief(brief))
                .build();
    }

    static String brief(CopyBrief brief) {
        StringBuilder text = new StringBuilder()
                .append("Bundle: ").append(kind(brief)).append('\n')
                .append("Products: ").append(String.join("; ", brief.productNames())).append('\n');
        if (!brief.category().isBlank()) {
            text.append("Category: ").append(brief.category()).append('\n');
        }
        text.append("Price: ").append(brief.priceText()).append(" instead of ").append(brief.listPriceText()).append('\n')
                .append("Offer: ").append(brief.offerText()).append('\n')
                .append("Angle: ").append(angle(brief)).append('\n');
        if (brief.explanation() != null && !brief.explanation().isBlank()) {
            text.append("Reasons: ").append(brief.explanation()).append('\n');
        }
        return text.toString();
    }

    private static String kind(CopyBrief brief) {
        return switch (brief.type()) {
            case FBT -> "products bought together, sold as one set at a lower price";
            case VOLUME -> "quantity breaks: more of one product for less each";
            case BOGO -> "buy one, get one";
            case MIX_AND_MATCH -> "mix and match: the shopper picks any from a set";
        };
    }

    /** The objective as the shopper should feel it, never as the merchant names it. */
    private static String angle(CopyBrief brief) {
        return switch (brief.objective()) {
            case INCREASE_AOV -> "everything needed, together";
            case CLEAR_SLOW_MOVERS -> "a good deal while it lasts";
            case SEASONAL_PROMO -> "in season now";
            case NEW_LAUNCH -> "something new, just launched";
            case CATEGORY_BUNDLE -> "choice within one kind of product";
            case GIFT_BOX -> "a ready-made gift";
            case SUBSCRIPTION_PUSH -> "stock up on what runs out";
            case MARGIN_GUARD -> "products made to go together";
        };
    }

    /** In the order the copy is read, which is the order the model writes it in. */
    private static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", text("The bundle's name on the storefront, at most " + TITLE_CHARACTERS + " characters"));
        properties.put("description", text("One to three sentences, at most " + DESCRIPTION_CHARACTERS + " characters"));
        properties.put("tagline", text("A short line under the title, at most " + TAGLINE_CHARACTERS + " characters"));
        return properties;
    }

    private static Map<String, Object> text(String description) {
        return Map.of("type", "string", "description", description);
    }
}
