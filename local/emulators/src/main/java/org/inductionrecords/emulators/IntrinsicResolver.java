package org.inductionrecords.emulators;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.nio.charset.StandardCharsets;

/**
 * Resolves CloudFormation intrinsics (Ref, Fn::Sub, Fn::GetAtt, Fn::Join, Fn::Select, Fn::Split, Fn::If,
 * Fn::Equals/Not/And/Or, Fn::Base64, Condition) against pseudo parameters, parameter defaults and the local
 * physical ids. {@code AWS::NoValue} drops the key or list element, as CloudFormation does.
 * Anything it cannot resolve is an {@link IllegalArgumentException} naming the expression.
 */
public final class IntrinsicResolver {

    private static final Object NO_VALUE = new Object();

    private final Template template;
    private final Map<String, String> pseudoParameters;
    private final Map<String, String> parameterDefaults;
    private final Template.PhysicalIds physicalIds;

    IntrinsicResolver(Template template, Map<String, String> pseudoParameters, Template.PhysicalIds physicalIds) {
        this.template = template;
        this.pseudoParameters = Map.copyOf(pseudoParameters);
        this.parameterDefaults = template.parameterDefaults();
        this.physicalIds = physicalIds;
    }

    /** The value with every intrinsic replaced; plain values come back as they are. */
    public Object resolve(Object value) {
        Object resolved = resolveOrNoValue(value);
        return resolved == NO_VALUE ? null : resolved;
    }

    /** The value resolved and turned into a string (numbers and booleans as CloudFormation prints them). */
    public String resolveString(Object value) {
        Object resolved = resolve(value);
        if (resolved == null || resolved instanceof Map || resolved instanceof List) {
            throw new IllegalArgumentException("Not a string after resolution: " + value);
        }
        return String.valueOf(resolved);
    }

    private Object resolveOrNoValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                Map.Entry<?, ?> entry = map.entrySet().iterator().next();
                String key = String.valueOf(entry.getKey());
                if (key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::")) {
                    return intrinsic(key, entry.getValue());
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                Object resolved = resolveOrNoValue(v);
                if (resolved != NO_VALUE) {
                    out.put(String.valueOf(k), resolved);
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object element : list) {
                Object resolved = resolveOrNoValue(element);
                if (resolved != NO_VALUE) {
                    out.add(resolved);
                }
            }
            return out;
        }
        return value;
    }

    private Object intrinsic(String name, Object argument) {
        return switch (name) {
            case "Ref" -> ref(String.valueOf(argument));
            case "Condition" -> condition(String.valueOf(argument));
            case "Fn::GetAtt" -> getAtt(argument);
            case "Fn::Sub" -> sub(argument);
            case "Fn::Join" -> join(list(argument, name));
            case "Fn::Select" -> select(list(argument, name));
            case "Fn::Split" -> split(list(argument, name));
            case "Fn::If" -> ifThen(list(argument, name));
            case "Fn::Equals" -> equalsOf(list(argument, name));
            case "Fn::Not" -> !truth(list(argument, name).get(0));
            case "Fn::And" -> list(argument, name).stream().allMatch(this::truth);
            case "Fn::Or" -> list(argument, name).stream().anyMatch(this::truth);
            case "Fn::Base64" -> Base64.getEncoder().encodeToString(
                    resolveString(argument).getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("Unsupported intrinsic " + name + ": " + argument);
        };
    }

    private Object ref(String name) {
        if (name.equals("AWS::NoValue")) {
            return NO_VALUE;
        }
        if (name.startsWith("AWS::")) {
            String pseudo = pseudoParameters.get(name);
            if (pseudo == null) {
                throw new IllegalArgumentException("Unknown pseudo parameter " + name);
            }
            return pseudo;
        }
        if (parameterDefaults.containsKey(name)) {
            return parameterDefaults.get(name);
        }
        String id = physicalIds.ref(name);
        if (id == null) {
            throw new IllegalArgumentException("No local physical id for Ref " + name);
        }
        return id;
    }

    private String getAtt(Object argument) {
        List<?> parts = argument instanceof List<?> l ? l : List.of(String.valueOf(argument).split("\\.", 2));
        String logicalId = String.valueOf(resolve(parts.get(0)));
        String attribute = String.valueOf(resolve(parts.get(1)));
        String value = physicalIds.attribute(logicalId, attribute);
        if (value == null) {
            throw new IllegalArgumentException("No local value for GetAtt " + logicalId + "." + attribute);
        }
        return value;
    }

    private String sub(Object argument) {
        String text;
        Map<String, Object> variables = Map.of();
        if (argument instanceof List<?> list) {
            text = String.valueOf(list.get(0));
            variables = Template.asMap(list.size() > 1 ? list.get(1) : null);
        } else {
            text = String.valueOf(argument);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("${", i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start);
            int end = text.indexOf('}', start);
            if (end < 0) {
                throw new IllegalArgumentException("Unclosed ${ in Fn::Sub: " + text);
            }
            String name = text.substring(start + 2, end);
            if (name.startsWith("!")) {
                out.append("${").append(name.substring(1)).append('}');   // ${!Literal} stays literal
            } else if (variables.containsKey(name)) {
                out.append(resolveString(variables.get(name)));
            } else if (!name.startsWith("AWS::") && name.contains(".")) {
                int dot = name.indexOf('.');
                out.append(getAtt(List.of(name.substring(0, dot), name.substring(dot + 1))));
            } else {
                out.append(ref(name));
            }
            i = end + 1;
        }
        return out.toString();
    }

    private String join(List<?> arguments) {
        String delimiter = String.valueOf(arguments.get(0));
        List<?> parts = (List<?>) resolve(arguments.get(1));
        List<String> strings = parts.stream().map(String::valueOf).toList();
        return String.join(delimiter, strings);
    }

    private Object select(List<?> arguments) {
        int index = Integer.parseInt(String.valueOf(resolve(arguments.get(0))));
        return ((List<?>) resolve(arguments.get(1))).get(index);
    }

    private List<String> split(List<?> arguments) {
        String delimiter = String.valueOf(arguments.get(0));
        return List.of(resolveString(arguments.get(1)).split(java.util.regex.Pattern.quote(delimiter), -1));
    }

    private Object ifThen(List<?> arguments) {
        boolean condition = condition(String.valueOf(arguments.get(0)));
        return resolveOrNoValue(condition ? arguments.get(1) : arguments.get(2));
    }

    private boolean equalsOf(List<?> arguments) {
        return Objects.equals(String.valueOf(resolve(arguments.get(0))), String.valueOf(resolve(arguments.get(1))));
    }

    private boolean condition(String name) {
        Object expression = template.conditions().get(name);
        if (expression == null) {
            throw new IllegalArgumentException("No condition " + name);
        }
        return truth(expression);
    }

    private boolean truth(Object expression) {
        Object value = resolve(expression);
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    private static List<?> list(Object argument, String name) {
        if (argument instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(name + " needs a list: " + argument);
    }
}
