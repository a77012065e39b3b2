package com.cartwise.application.shopify;

/** How a shop gave Cartwise its token: a custom app's token pasted by the merchant, or the OAuth install. */
public enum InstallMethod {
    ACCESS_TOKEN("access_token"),
    OAUTH("oauth");

    private final String wireName;

    InstallMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static InstallMethod fromWireName(String name) {
        for (InstallMethod method : values()) {
            if (method.wireName.equals(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown install method '" + name + "'");
    }
}
