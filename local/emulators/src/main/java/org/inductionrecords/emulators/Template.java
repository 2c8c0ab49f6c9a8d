package org.inductionrecords.emulators;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The project's {@code template.yaml}, read once: resources by type, the functions with their handler,
 * environment and events, the outputs, and a resolver for the intrinsic functions.
 *
 * <p>Values are the plain YAML structure (maps, lists, strings, numbers, booleans) with every short-form
 * intrinsic tag turned into its long form ({@code {"Ref": "X"}}, {@code {"Fn::Sub": "..."}}).
 */
public final class Template {

    public static final String FILE_NAME = "template.yaml";
    public static final String FUNCTION_TYPE = "AWS::Serverless::Function";

    private final Path file;
    private final Map<String, Object> root;
    private final Map<String, Resource> resources;

    private Template(Path file, Map<String, Object> root) {
        this.file = file;
        this.root = root;
        Map<String, Resource> byId = new LinkedHashMap<>();
        asMap(root.get("Resources")).forEach((id, body) -> {
            Map<String, Object> resource = asMap(body);
            byId.put(id, new Resource(id, String.valueOf(resource.get("Type")), asMap(resource.get("Properties"))));
        });
        this.resources = Collections.unmodifiableMap(byId);
    }

    /** The template found by walking up from {@code user.dir} to the first directory holding template.yaml. */
    public static Template load() {
        return load(Path.of(System.getProperty("user.dir")));
    }

    /** The template at {@code path}: the file itself, or found by walking up from a directory. */
    public static Template load(Path path) {
        Path file = find(path);
        return new Template(file, TemplateYaml.read(file));
    }

    /** The template.yaml at or above {@code start}. */
    public static Path find(Path start) {
        Path absolute = start.toAbsolutePath().normalize();
        if (Files.isRegularFile(absolute)) {
            return absolute;
        }
        for (Path dir = absolute; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + FILE_NAME + " in " + absolute + " or any directory above it");
    }

    public Path file() {
        return file;
    }

    /** The whole document, as read. */
    public Map<String, Object> root() {
        return root;
    }

    /** Every resource by logical id, in template order. */
    public Map<String, Resource> resources() {
        return resources;
    }

    public Resource resource(String logicalId) {
        Resource resource = resources.get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("No resource " + logicalId + " in " + file);
        }
        return resource;
    }

    /** The resources of one type (e.g. {@code AWS::DynamoDB::Table}), in template order. */
    public List<Resource> resourcesOfType(String type) {
        return resources.values().stream().filter(r -> r.type().equals(type)).toList();
    }

    /** Logical ids of every {@code AWS::Serverless::Function}, in template order. */
    public List<String> functionIds() {
        return resourcesOfType(FUNCTION_TYPE).stream().map(Resource::logicalId).toList();
    }

    /** One function with the Globals.Function defaults applied (SAM's merge: the function's keys win). */
    public Function function(String logicalId) {
        Resource resource = resource(logicalId);
        if (!resource.type().equals(FUNCTION_TYPE)) {
            throw new IllegalArgumentException(logicalId + " is a " + resource.type() + ", not a function");
        }
        Map<String, Object> globals = globalFunction();
        Map<String, Object> props = resource.properties();
        Map<String, Object> environment = new LinkedHashMap<>(variables(globals.get("Environment")));
        environment.putAll(variables(props.get("Environment")));
        Object timeout = props.getOrDefault("Timeout", globals.getOrDefault("Timeout", 3));
        List<ApiEvent> apiEvents = new ArrayList<>();
        List<ScheduleEvent> schedules = new ArrayList<>();
        asMap(props.get("Events")).forEach((name, body) -> {
            Map<String, Object> event = asMap(body);
            String type = String.valueOf(event.get("Type"));
            Map<String, Object> eventProps = asMap(event.get("Properties"));
            if (type.equals("Api")) {
                apiEvents.add(new ApiEvent(name, String.valueOf(eventProps.get("Path")),
                        String.valueOf(eventProps.get("Method")).toUpperCase(Locale.ROOT)));
            } else if (type.equals("Schedule") || type.equals("ScheduleV2")) {
                Object state = eventProps.get("State");
                Object enabled = eventProps.get("Enabled");
                boolean on = !"DISABLED".equals(state) && !Boolean.FALSE.equals(enabled);
                schedules.add(new ScheduleEvent(name, String.valueOf(eventProps.get("ScheduleExpression")),
                        (String) eventProps.get("ScheduleExpressionTimezone"), on, eventProps.get("Input")));
            }
        });
        return new Function(logicalId, String.valueOf(props.getOrDefault("Handler", globals.get("Handler"))),
                String.valueOf(props.getOrDefault("CodeUri", globals.get("CodeUri"))),
                Collections.unmodifiableMap(environment), ((Number) timeout).intValue(),
                List.copyOf(apiEvents), List.copyOf(schedules));
    }

    /** Every function, in template order. */
    public List<Function> functions() {
        return functionIds().stream().map(this::function).toList();
    }

    /** Outputs by name: the unresolved value expression of each. */
    public Map<String, Object> outputs() {
        Map<String, Object> outputs = new LinkedHashMap<>();
        asMap(root.get("Outputs")).forEach((name, body) -> outputs.put(name, asMap(body).get("Value")));
        return Collections.unmodifiableMap(outputs);
    }

    /** Parameters by name with their Default (as a string), for Ref to a parameter. */
    public Map<String, String> parameterDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        asMap(root.get("Parameters")).forEach((name, body) -> {
            Object value = asMap(body).get("Default");
            if (value != null) {
                defaults.put(name, String.valueOf(value));
            }
        });
        return defaults;
    }

    /** The template's Conditions section (unresolved). */
    public Map<String, Object> conditions() {
        return asMap(root.get("Conditions"));
    }

    /** Globals.Function as written. */
    public Map<String, Object> globalFunction() {
        return asMap(asMap(root.get("Globals")).get("Function"));
    }

    /**
     * A resolver for this template's intrinsics with the given pseudo parameters and local physical ids.
     * See {@link IntrinsicResolver}.
     */
    public IntrinsicResolver resolver(Map<String, String> pseudoParameters, PhysicalIds physicalIds) {
        return new IntrinsicResolver(this, pseudoParameters, physicalIds);
    }

    private static Map<String, Object> variables(Object environment) {
        return asMap(asMap(environment).get("Variables"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A resource as written: its logical id, type and (unresolved) properties. */
    public record Resource(String logicalId, String type, Map<String, Object> properties) {
    }

    /**
     * A function with Globals applied. {@code environment} holds unresolved values; {@code handler} is the
     * {@code Class::method} string; {@code handlerClass()} its class part.
     */
    public record Function(String logicalId, String handler, String codeUri, Map<String, Object> environment,
                           int timeoutSeconds, List<ApiEvent> apiEvents, List<ScheduleEvent> schedules) {
        public String handlerClass() {
            int separator = handler.indexOf("::");
            return separator < 0 ? handler : handler.substring(0, separator);
        }
    }

    /** An {@code Api} event: path template such as {@code /schools/{urn}} and upper-case method (or ANY). */
    public record ApiEvent(String name, String path, String method) {
    }

    /** A {@code Schedule}/{@code ScheduleV2} event: {@code rate(...)}/{@code cron(...)}, optional time zone and Input. */
    public record ScheduleEvent(String name, String expression, String timezone, boolean enabled, Object input) {
    }

    /** Physical ids of resources and their attributes, as the resolver needs them. */
    public interface PhysicalIds {
        /** What {@code Ref} answers for the resource, or null when it is unknown. */
        String ref(String logicalId);

        /** What {@code Fn::GetAtt} answers, or null when it is unknown. */
        String attribute(String logicalId, String attribute);
    }
}
