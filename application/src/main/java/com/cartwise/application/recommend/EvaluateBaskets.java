package com.cartwise.application.recommend;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.evaluation.EvaluationSettings;
import com.cartwise.domain.recommend.evaluation.ReportTable;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.learning.Tunables;

/**
 * Offline evaluation of any basket file, without a server or a database: the same time split,
 * protocols, candidates and choice as training, reported as a table. The {@code cartwise
 * evaluate} command reads the files into baskets and prints {@link Result#table}.
 */
public final class EvaluateBaskets {
    private final Tunables tunables;

    public EvaluateBaskets(Tunables tunables) {
        this.tunables = tunables;
    }

    /** The output formats of the table. */
    public enum Format {
        /** Aligned columns for a terminal. */
        TEXT,
        /** One line per scorer, protocol, measure and K. */
        CSV
    }

    /** @param settings the split, the K to report (e.g. 2, 5, 10) and the primary measure */
    public record Command(Baskets baskets, EvaluationSettings settings) {
        public Command {
            InvalidInputException.require(baskets != null, "baskets", "are required");
            InvalidInputException.require(settings != null, "settings", "are required");
        }
    }

    public record Result(EvaluationReport report, EvaluationSettings settings) {
        public String table(Format format) {
            return switch (format) {
                case TEXT -> ReportTable.text(report, settings.ks());
                case CSV -> ReportTable.csv(report, settings.ks());
            };
        }
    }

    public Result execute(Command command) {
        RecommenderTraining training = new RecommenderTraining(tunables, command.settings());
        return new Result(training.evaluate(command.baskets()), command.settings());
    }
}
