package org.inductionrecords.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.inductionrecords.emulators.Stack;

/**
 * {@code --admin-email/--admin-password}: runs BootstrapAdminFunction (it creates the Cognito user and the
 * AB_ADMIN record, and is idempotent), then makes the given password the user's permanent one. If either step
 * fails the stack does not start: an admin that was asked for and is not there would only surface later, as a
 * sign-in that cannot work.
 */
final class AdminBootstrap {

    static final String FUNCTION = "BootstrapAdminFunction";

    private AdminBootstrap() {
    }

    /** True once the admin exists with that password; throws (and the start fails) when it could not be done. */
    static boolean run(LocalFunctions functions, LambdaInvokeServer invoker, Stack stack, String email, String password,
                       Console console) {
        LocalFunction function = functions.get(FUNCTION);
        if (function == null) {
            throw new IllegalStateException("--admin-email: the template has no " + FUNCTION);
        }
        ObjectNode event = Json.MAPPER.createObjectNode().put("email", email).put("givenName", "Local")
                .put("familyName", "Admin");
        LambdaInvokeServer.Result result = invoker.invoke(function, event.toString().getBytes(StandardCharsets.UTF_8));
        if (result.error()) {
            throw new IllegalStateException("--admin-email: " + FUNCTION + " failed: "
                    + errorMessage(result.payload()));
        }
        try {
            stack.emulators().cognito().adminSetUserPassword(b -> b.userPoolId(stack.userPoolId()).username(email)
                    .password(password).permanent(true));
        } catch (RuntimeException e) {
            throw new IllegalStateException("--admin-email: the admin's password could not be set: "
                    + e.getMessage(), e);
        }
        console.info("admin ready (" + FUNCTION + " answered " + summary(result.payload()) + ")");
        return true;
    }

    private static String errorMessage(byte[] payload) {
        try {
            return Json.MAPPER.readTree(payload).path("errorMessage").asText("(no message)");
        } catch (Exception e) {
            return "(unreadable error)";
        }
    }

    /** Only the shape of the answer: it may hold the admin's email, which stays off the console. */
    private static String summary(byte[] payload) {
        try {
            var node = Json.MAPPER.readTree(payload);
            return node.isObject() ? "an object with " + node.size() + " fields" : node.getNodeType().toString();
        } catch (Exception e) {
            return payload.length + " bytes";
        }
    }
}
