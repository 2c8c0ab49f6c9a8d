package org.inductionrecords.local;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.emulators.Template;

/** Every function of the template, instantiated in this JVM with its local environment. */
final class LocalFunctions {

    private final Map<String, LocalFunction> byName;

    private LocalFunctions(Map<String, LocalFunction> byName) {
        this.byName = byName;
    }

    static LocalFunctions load(Stack stack, Console console) {
        Template template = stack.template();
        Map<String, LocalFunction> functions = new LinkedHashMap<>();
        for (Template.Function definition : template.functions()) {
            boolean api = !definition.apiEvents().isEmpty();
            Map<String, String> environment = stack.environment(definition.logicalId());
            Object first = instantiate(definition, environment, api, console);
            // Further instances only for concurrent calls; a handler class that failed once stays a placeholder.
            boolean real = first.getClass().getName().equals(definition.handlerClass());
            Supplier<Object> more = real ? () -> instantiate(definition, environment, api, console) : () -> first;
            functions.put(definition.logicalId(),
                    new LocalFunction(definition, first, more, memoryMb(template, definition), console));
        }
        return new LocalFunctions(functions);
    }

    private static Object instantiate(Template.Function definition, Map<String, String> environment, boolean api,
                                      Console console) {
        String className = definition.handlerClass();
        try {
            Class<?> type = Class.forName(className);
            return type.getConstructor(Map.class).newInstance(environment);
        } catch (ClassNotFoundException e) {
            console.warn(definition.logicalId() + ": " + className + " is not built yet; it answers 501 for now.");
            return PlaceholderHandlers.notImplemented(definition.logicalId(), api);
        } catch (NoSuchMethodException e) {
            console.warn(definition.logicalId() + ": " + className + " has no public (Map<String,String>) constructor.");
            return PlaceholderHandlers.failedInit(definition.logicalId(), api, e);
        } catch (InvocationTargetException e) {
            console.error(definition.logicalId() + ": " + className + " failed to initialise", e.getCause());
            return PlaceholderHandlers.failedInit(definition.logicalId(), api, e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            console.error(definition.logicalId() + ": " + className + " could not be loaded", e);
            return PlaceholderHandlers.failedInit(definition.logicalId(), api, e);
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
