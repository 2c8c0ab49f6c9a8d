package org.inductionrecords.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inductionrecords.emulators.Template;

/**
 * One template's resources against the {@link ServiceSpec}: every resource type exists; every property of a
 * CloudFormation type is one the spec lists for it, with every required one present, and so on down through the
 * property types (objects, lists, maps, unions), with primitive values of the right kind; every {@code Fn::GetAtt}
 * names an attribute the type has. A value that is an intrinsic ({@code Ref}, {@code Fn::*}) is not looked into:
 * it is only known at deploy time.
 *
 * <p>SAM's {@code AWS::Serverless::*} entries in the spec are an old snapshot (no {@code SnapStart},
 * {@code LoggingConfig} or {@code ScheduleV2} events): for those types only top-level property names are checked,
 * against the spec's list plus {@link #NEWER_SAM_PROPERTIES}, and event types against {@link #SAM_EVENT_TYPES}.
 */
final class TemplateCheck {

    /**
     * SAM properties newer than the spec's snapshot that this project uses (AWS SAM developer guide,
     * AWS::Serverless::Function: SnapStart, LoggingConfig, RuntimeManagementConfig).
     */
    static final Map<String, Set<String>> NEWER_SAM_PROPERTIES = Map.of(
            "AWS::Serverless::Function", Set.of("SnapStart", "LoggingConfig", "RuntimeManagementConfig"));

    /** SAM's event source types (AWS SAM developer guide, EventSource), ScheduleV2 included. */
    static final Set<String> SAM_EVENT_TYPES = Set.of("S3", "SNS", "SQS", "Kinesis", "DynamoDB", "Api", "HttpApi",
            "Schedule", "ScheduleV2", "CloudWatchEvent", "EventBridgeRule", "CloudWatchLogs", "IoTRule",
            "AlexaSkill", "Cognito", "MSK", "MQ", "SelfManagedKafka", "DocumentDB");

    private final ServiceSpec spec;
    private final Template template;
    private final List<String> problems;

    TemplateCheck(ServiceSpec spec, Template template, List<String> problems) {
        this.spec = spec;
        this.template = template;
        this.problems = problems;
    }

    void resource(Template.Resource resource) {
        String where = resource.logicalId();
        JsonNode type = spec.resource(resource.type());
        if (type == null) {
            problems.add(where + ": no resource type " + resource.type() + " in the CloudFormation spec");
            return;
        }
        JsonNode properties = type.get("properties");
        if (resource.type().startsWith("AWS::Serverless::")) {
            Set<String> newer = NEWER_SAM_PROPERTIES.getOrDefault(resource.type(), Set.of());
            resource.properties().keySet().stream()
                    .filter(name -> !properties.has(name) && !newer.contains(name))
                    .forEach(name -> problems.add(where + "." + name + ": not a property of " + resource.type()));
            map(resource.properties().get("Events")).forEach((name, event) -> {
                Object eventType = map(event).get("Type");
                if (!SAM_EVENT_TYPES.contains(String.valueOf(eventType))) {
                    problems.add(where + ".Events." + name + ".Type: not a SAM event type: " + eventType);
                }
            });
        } else {
            object(where, properties, resource.properties());
        }
        getAtts(where, resource.properties());
    }

    /** An object value against a property list (the resource's, or a property type's). */
    private void object(String where, JsonNode properties, Object value) {
        if (intrinsic(value)) {
            return;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(where + ": expected an object, found " + value);
            return;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            JsonNode property = properties.get(name);
            if (property == null) {
                problems.add(where + "." + name + ": no such property (known: " + names(properties) + ")");
                continue;
            }
            value(where + "." + name, property.get("type"), entry.getValue());
        }
        properties.fields().forEachRemaining(field -> {
            if (field.getValue().path("required").asBoolean(false) && !map.containsKey(field.getKey())) {
                problems.add(where + "." + field.getKey() + ": required, missing");
            }
        });
    }

    private void value(String where, JsonNode type, Object value) {
        if (intrinsic(value) || value == null) {
            return;
        }
        switch (type.get("type").asText()) {
            case "ref" -> object(where, spec.type(type.at("/reference/$ref").asText()).get("properties"), value);
            case "array" -> {
                if (value instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        value(where + "[" + i + "]", type.get("element"), list.get(i));
                    }
                } else {
                    problems.add(where + ": expected a list, found " + value);
                }
            }
            case "map" -> {
                if (value instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> value(where + "." + k, type.get("element"), v));
                } else {
                    problems.add(where + ": expected a map, found " + value);
                }
            }
            case "union" -> {
                List<String> firstProblems = null;
                for (JsonNode alternative : type.get("types")) {
                    List<String> found = new ArrayList<>();
                    new TemplateCheck(spec, template, found).value(where, alternative, value);
                    if (found.isEmpty()) {
                        return;
                    }
                    firstProblems = firstProblems == null ? found : firstProblems;
                }
                problems.add(where + ": fits none of its types, e.g. " + firstProblems);
            }
            case "string" -> {
                if (value instanceof Map || value instanceof List) {
                    problems.add(where + ": expected a string, found " + value);
                }
            }
            case "integer", "number" -> {
                if (!(value instanceof Number) && !String.valueOf(value).matches("-?\\d+(\\.\\d+)?")) {
                    problems.add(where + ": expected a number, found " + value);
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean) && !String.valueOf(value).matches("(?i)true|false")) {
                    problems.add(where + ": expected true or false, found " + value);
                }
            }
            case "tag" -> {
                if (!(value instanceof Map<?, ?> tag) || !tag.containsKey("Key") || !tag.containsKey("Value")) {
                    problems.add(where + ": expected a tag {Key, Value}, found " + value);
                }
            }
            default -> {
                // json and date-time: any value
            }
        }
    }

    /** Every Fn::GetAtt (long form, or the X.Y of a Fn::Sub) names an attribute of a CloudFormation resource type. */
    private void getAtts(String where, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("Fn::GetAtt".equals(k) && v instanceof List<?> parts && parts.size() == 2) {
                    attribute(where, String.valueOf(parts.get(0)), String.valueOf(parts.get(1)));
                } else if ("Fn::Sub".equals(k)) {
                    String text = v instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(v);
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9]+)\\.([A-Za-z0-9.]+)}")
                            .matcher(text);
                    while (m.find()) {
                        attribute(where, m.group(1), m.group(2));
                    }
                }
                getAtts(where, v);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(v -> getAtts(where, v));
        }
    }

    private void attribute(String where, String logicalId, String attribute) {
        Template.Resource target = template.resources().get(logicalId);
        if (target == null) {
            // SAM-generated resources (e.g. a function's role) are known only after the transform.
            return;
        }
        if (target.type().startsWith("AWS::Serverless::")) {
            return;
        }
        JsonNode type = spec.resource(target.type());
        if (type != null && !type.path("attributes").has(attribute)) {
            problems.add(where + ": " + logicalId + " (" + target.type() + ") has no attribute " + attribute);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static boolean intrinsic(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            String key = String.valueOf(map.keySet().iterator().next());
            return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
        }
        return false;
    }

    private static String names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = properties.fieldNames();
        it.forEachRemaining(names::add);
        return names.size() > 12 ? String.join(", ", names.subList(0, 12)) + ", ..." : String.join(", ", names);
    }
}
