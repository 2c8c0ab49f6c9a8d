package org.inductionrecords.core;

import java.util.Map;
import java.util.Optional;

/** A function's configuration, read from its environment (Lambda's, or the local stack's equivalent). */
public record FunctionEnvironment(Map<String, String> variables) {

    public FunctionEnvironment {
        variables = Map.copyOf(variables);
    }

    public static FunctionEnvironment ofProcess() {
        return new FunctionEnvironment(System.getenv());
    }

    public String require(String name) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing environment variable " + name);
        }
        return value;
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }
}
