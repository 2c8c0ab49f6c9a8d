package org.inductionrecords.emulators;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Makes a class whose {@code @BeforeAll} found no Docker report each of its tests as skipped, with the reason.
 * JUnit alone aborts the class, which Surefire counts as zero tests run (SUREFIRE-2300), so a run without
 * Docker would look as if the tests did not exist. Registered through {@code META-INF/services} and active
 * only where extension auto-detection is on (the {@code localstack} profile turns it on); it changes nothing
 * for a {@code @BeforeAll} that succeeds or fails for any other reason.
 */
public final class SkipWithoutDocker implements InvocationInterceptor, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SkipWithoutDocker.class);
    private static final String REASON = "docker-missing";

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
                                         ExtensionContext context) throws Throwable {
        if (reason(context).isPresent()) {
            invocation.skip();
            return;
        }
        try {
            invocation.proceed();
        } catch (DockerMissing missing) {
            context.getStore(NAMESPACE).put(REASON, missing.getMessage());
        }
    }

    /** The class's set-up never ran, so neither does its tear-down. */
    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
                                        ExtensionContext context) throws Throwable {
        if (reason(context).isPresent()) {
            invocation.skip();
        } else {
            invocation.proceed();
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return reason(context).map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("no test class above found Docker missing"));
    }

    /** Looked up through the parents' stores, so a method sees what its class's {@code @BeforeAll} recorded. */
    private static Optional<String> reason(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(REASON, String.class));
    }
}
