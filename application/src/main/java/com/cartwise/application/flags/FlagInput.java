package com.cartwise.application.flags;

import java.math.BigDecimal;

/** A value as the admin API received it, before its flag checks it: JSON's boolean, number or string. */
public sealed interface FlagInput {
    /** How the value reads in an error message. */
    String describe();

    record Bool(boolean value) implements FlagInput {
        @Override
        public String describe() {
            return Boolean.toString(value);
        }
    }

    record Number(BigDecimal value) implements FlagInput {
        public Number {
            if (value == null) {
                throw new IllegalArgumentException("a number flag input needs a value");
            }
        }

        @Override
        public String describe() {
            return value.toPlainString();
        }
    }

    record Text(String value) implements FlagInput {
        public Text {
            if (value == null) {
                throw new IllegalArgumentException("a text flag input needs a value");
            }
        }

        @Override
        public String describe() {
            return '"' + value + '"';
        }
    }
}
