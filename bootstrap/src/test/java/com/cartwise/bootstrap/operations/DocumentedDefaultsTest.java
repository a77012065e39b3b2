package com.cartwise.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.WarmUpModels;
import com.cartwise.bootstrap.jobs.TrainingWarmUp;
import com.cartwise.bootstrap.serving.DoorRehearsal;
import com.cartwise.bootstrap.serving.ModelWarmUp;
import com.cartwise.domain.recommend.evaluation.EvaluationSettings;
import com.cartwise.domain.recommend.learning.Tunables;
import com.cartwise.grpc.ModelLoadingExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * A tunable whose default the code holds (so that a module's own tests and a server without the
 * configuration file agree) is written again where an operator reads it: application.yml and the
 * README's configuration table (the start-time warm-ups: the table only). The code's constant is
 * the default; what is written again must say the same.
 */
class DocumentedDefaultsTest {
    private static final Path README = Path.of("..", "README.md");

    /** Each key whose default is a constant in the code, with that constant. */
    private static final Map<String, Object> CODE_DEFAULTS = Map.of(
            "cartwise.recommender.neighbours", Tunables.DEFAULT_NEIGHBOURS,
            "cartwise.recommender.ease.memory-bytes", Tunables.DEFAULT_EASE_MEMORY_BYTES,
            "cartwise.recommender.evaluation.train-share", EvaluationSettings.DEFAULT_TRAIN_SHARE,
            "cartwise.recommender.evaluation.max-cases", EvaluationSettings.DEFAULT_MAX_CASES,
            "cartwise.recommender.serving.memory-budget-bytes", ServingModels.Settings.DEFAULT_MEMORY_BUDGET_BYTES,
            ModelLoadingExecutor.THREADS, ModelLoadingExecutor.DEFAULT_THREADS);

    /** The start-time warm-ups: defaults in their code only, application.yml leaves them out (the README says so). */
    private static final Map<String, Object> WARM_UP_DEFAULTS = Map.of(
            ModelWarmUp.MAX_SHOPS, WarmUpModels.DEFAULT_MAX_SHOPS,
            ModelWarmUp.REHEARSE, DoorRehearsal.BY_DEFAULT,
            TrainingWarmUp.REHEARSE, TrainingWarmUp.BY_DEFAULT);

    @Test
    void applicationYmlGivesTheCodesDefaults() throws IOException {
        Map<String, Object> yml = applicationYml();
        CODE_DEFAULTS.forEach((key, value) ->
                assertEquals(number(value), number(valueAt(yml, key)), key + " in application.yml"));
    }

    @Test
    void theReadmesConfigurationTableGivesTheCodesDefaults() throws IOException {
        String readme = Files.readString(README);
        CODE_DEFAULTS.forEach((key, value) -> assertEquals(number(value), number(readmeDefault(readme, key)), key + " in the README"));
        WARM_UP_DEFAULTS.forEach((key, value) -> assertEquals(value.toString(), readmeDefault(readme, key), key + " in the README"));
    }

    private static String readmeDefault(String readme, String key) {
        Matcher row = Pattern.compile("^\\| `" + Pattern.quote(key) + "` \\| `[A-Z_]+` \\| `([^`]+)` \\|", Pattern.MULTILINE)
                .matcher(readme);
        assertTrue(row.find(), key + " has a row in the README's configuration table");
        return row.group(1);
    }

    private static Map<String, Object> applicationYml() throws IOException {
        try (InputStream in = DocumentedDefaultsTest.class.getResourceAsStream("/application.yml")) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object valueAt(Map<String, Object> yml, String key) {
        Object at = yml;
        for (String part : List.of(key.split("\\."))) {
            assertTrue(at instanceof Map, key + " is in application.yml");
            at = ((Map<String, Object>) at).get(part);
        }
        assertTrue(at != null, key + " is in application.yml");
        return at;
    }

    /** 4, 4L and "4" alike; 0.8 and "0.8" alike. */
    private static double number(Object value) {
        return Double.parseDouble(value.toString());
    }
}
