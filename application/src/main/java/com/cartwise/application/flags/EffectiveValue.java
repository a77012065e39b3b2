package com.cartwise.application.flags;

/** The value a flag has for a shop (or globally), and where it comes from. */
public record EffectiveValue(String value, Source source) {

    public enum Source {
        SHOP("shop"), GLOBAL("global"), DEFAULT("default");

        private final String wireName;

        Source(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
