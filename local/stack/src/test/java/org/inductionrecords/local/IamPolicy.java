package org.inductionrecords.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small evaluator of identity-based IAM policy statements, enough to prove what a function's role may
 * do: an explicit Deny wins over any Allow, nothing allowed is denied; {@code *} and {@code ?} wildcards
 * in actions (case-insensitive) and resources (case-sensitive); conditions ANDed across operators and
 * keys, ORed across a key's values; the set operators {@code ForAnyValue:} (false when the key is absent)
 * and {@code ForAllValues:} (true when it is absent). An operator it does not know is an error, never a
 * silent match. Not modelled: NotAction/NotResource, policy variables, resource policies, SCPs,
 * permission boundaries, session policies.
 */
final class IamPolicy {

    enum Decision { ALLOWED, EXPLICITLY_DENIED, IMPLICITLY_DENIED }

    /** One statement, resolved: Effect, Action, Resource and Condition ({@code operator -> key -> values}). */
    record Statement(String sid, boolean allow, List<String> actions, List<String> resources,
                     Map<String, Map<String, List<String>>> condition) {
    }

    private final List<Statement> statements;

    IamPolicy(List<Statement> statements) {
        this.statements = List.copyOf(statements);
    }

    List<Statement> statements() {
        return statements;
    }

    /** The decision for one request: its action, resource ARN and request context (key -> values). */
    Decision evaluate(String action, String resource, Map<String, List<String>> context) {
        boolean allowed = false;
        for (Statement statement : statements) {
            if (!applies(statement, action, resource, context)) {
                continue;
            }
            if (!statement.allow()) {
                return Decision.EXPLICITLY_DENIED;
            }
            allowed = true;
        }
        return allowed ? Decision.ALLOWED : Decision.IMPLICITLY_DENIED;
    }

    private static boolean applies(Statement statement, String action, String resource,
                                   Map<String, List<String>> context) {
        return statement.actions().stream().anyMatch(a -> wildcard(a, true).matcher(action).matches())
                && statement.resources().stream().anyMatch(r -> wildcard(r, false).matcher(resource).matches())
                && conditionHolds(statement.condition(), context);
    }

    static boolean conditionHolds(Map<String, Map<String, List<String>>> condition,
                                  Map<String, List<String>> context) {
        for (Map.Entry<String, Map<String, List<String>>> operator : condition.entrySet()) {
            for (Map.Entry<String, List<String>> key : operator.getValue().entrySet()) {
                List<String> present = lookup(context, key.getKey());
                if (!holds(operator.getKey(), present, key.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean holds(String operator, List<String> present, List<String> expected) {
        if (operator.startsWith("ForAnyValue:")) {
            String single = operator.substring("ForAnyValue:".length());
            return present != null && present.stream().anyMatch(value -> matchesAny(single, value, expected));
        }
        if (operator.startsWith("ForAllValues:")) {
            String single = operator.substring("ForAllValues:".length());
            return present == null || present.stream().allMatch(value -> matchesAny(single, value, expected));
        }
        // A single-valued operator on an absent key does not match (IAM's rule without ...IfExists).
        return present != null && present.size() == 1 && matchesAny(operator, present.get(0), expected);
    }

    private static boolean matchesAny(String operator, String value, List<String> expected) {
        return expected.stream().anyMatch(candidate -> switch (operator) {
            case "StringEquals", "ArnEquals" -> value.equals(candidate);
            case "StringEqualsIgnoreCase" -> value.equalsIgnoreCase(candidate);
            case "StringLike", "ArnLike" -> wildcard(candidate, false).matcher(value).matches();
            case "StringNotEquals" -> !value.equals(candidate);
            case "Bool" -> value.equalsIgnoreCase(candidate);
            default -> throw new IllegalArgumentException("condition operator not modelled: " + operator);
        });
    }

    /** Condition keys are case-insensitive in IAM. */
    private static List<String> lookup(Map<String, List<String>> context, String key) {
        return context.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    static Pattern wildcard(String glob, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return ignoreCase ? Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                : Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** A statement from its resolved YAML/JSON form (strings or lists of strings). */
    @SuppressWarnings("unchecked")
    static Statement fromMap(Map<String, Object> statement) {
        if (statement.containsKey("NotAction") || statement.containsKey("NotResource")) {
            throw new IllegalArgumentException("NotAction/NotResource not modelled: " + statement.get("Sid"));
        }
        Map<String, Map<String, List<String>>> condition = new java.util.LinkedHashMap<>();
        Object rawCondition = statement.get("Condition");
        if (rawCondition instanceof Map<?, ?> operators) {
            operators.forEach((operator, keys) -> {
                Map<String, List<String>> byKey = new java.util.LinkedHashMap<>();
                ((Map<String, Object>) keys).forEach((key, values) -> byKey.put(key, strings(values)));
                condition.put(String.valueOf(operator), byKey);
            });
        }
        String effect = String.valueOf(statement.get("Effect"));
        if (!effect.equals("Allow") && !effect.equals("Deny")) {
            throw new IllegalArgumentException("Effect must be Allow or Deny: " + effect);
        }
        return new Statement(String.valueOf(statement.get("Sid")), effect.equals("Allow"),
                strings(statement.get("Action")), strings(statement.get("Resource")), condition);
    }

    /** Whether an action pattern of a statement (wildcards, any case) covers the action. */
    static boolean matches(String actionPattern, String action) {
        return wildcard(actionPattern, true).matcher(action).matches();
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }

    static String service(String actionOrArn) {
        if (actionOrArn.startsWith("arn:")) {
            return actionOrArn.split(":", -1)[2].toLowerCase(Locale.ROOT);
        }
        return actionOrArn.substring(0, actionOrArn.indexOf(':')).toLowerCase(Locale.ROOT);
    }
}
