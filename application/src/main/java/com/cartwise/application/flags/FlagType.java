package com.cartwise.application.flags;

/** What a flag's value is: JSON's boolean, a number (any, or whole), or a string a rule checks. */
public enum FlagType {
    BOOLEAN("boolean"),
    NUMBER("number"),
    INTEGER("integer"),
    STRING("string");

    private final String wireName;

    FlagType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
