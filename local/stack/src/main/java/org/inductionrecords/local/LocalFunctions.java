package org.inductionrecords.local;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.emulators.Template;

/** Every function of the template, instantiated in this JVM with its local environment. */
final class LocalFunctions {

    /**
     * The web front end's URL the functions link to in emails: the template gives them {@code WebOrigin}, which
     * locally is the API's own origin (the local stack serves the site there).
     */
    static final String WEB_URL = "WEB_URL";

    private final Map<String, LocalFunction> byName;

    private LocalFunctions(Map<String, LocalFunction> byName) {
        this.byName = byName;
    }

    /**
     * Every function of the template with its real handler. A handler that cannot be made (its class missing, no
     * {@code (Map<String,String>)} constructor, or the constructor throwing) stops the start with the reason: the
     * local stack serves the whole template or nothing, so a missing function cannot pass for a working one.
     */
    static LocalFunctions load(Stack stack, boolean requireAdminMfa, Console console) {
        return load(stack, requireAdminMfa, console, Map.of());
    }

    /** {@code local}: local values of environment variables, each given only to the functions the template gives it. */
    static LocalFunctions load(Stack stack, boolean requireAdminMfa, Console console, Map<String, String> local) {
        Template template = stack.template();
        Map<String, LocalFunction> functions = new LinkedHashMap<>();
        for (Template.Function definition : template.functions()) {
            Map<String, String> environment = new LinkedHashMap<>(stack.environment(definition.logicalId(),
                    requireAdminMfa));
            local.forEach((name, value) -> environment.replace(name, value));
            Object first = instantiate(definition, environment);
            // Further instances only for concurrent calls, made as the first was.
            Supplier<Object> more = () -> instantiate(definition, environment);
            functions.put(definition.logicalId(),
                    new LocalFunction(definition, first, more, memoryMb(template, definition), console));
        }
        return new LocalFunctions(functions);
    }

    private static Object instantiate(Template.Function definition, Map<String, String> environment) {
        String className = definition.handlerClass();
        String function = definition.logicalId() + " (" + className + ")";
        try {
            return Class.forName(className).getConstructor(Map.class).newInstance(environment);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(function + ": no such class on the class path; build it (./mvnw package)",
                    e);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(function + ": no public (Map<String,String>) constructor", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(function + " failed to initialise: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException(function + " could not be loaded: " + e, e);
        }
    }

    private static int memoryMb(Template template, Template.Function definition) {
        Object own = template.resource(definition.logicalId()).properties().get("MemorySize");
        Object global = template.globalFunction().get("MemorySize");
        Object value = own != null ? own : global;
        return value instanceof Number n ? n.intValue() : 128;
    }

    /** The function with this logical id, or null. */
    LocalFunction get(String logicalId) {
        return byName.get(logicalId);
    }

    Iterable<LocalFunction> all() {
        return byName.values();
    }
}
