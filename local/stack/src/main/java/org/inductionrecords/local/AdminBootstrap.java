package org.inductionrecords.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.inductionrecords.emulators.Stack;

/**
 * {@code --admin-email/--admin-password}: runs BootstrapAdminFunction (it creates the Cognito user and the
 * AB_ADMIN record, and is idempotent), then makes the given password the user's permanent one.
 */
final class AdminBootstrap {

    static final String FUNCTION = "BootstrapAdminFunction";

    private AdminBootstrap() {
    }

    /** True when the admin exists with that password; false (after a warning) when it could not be done. */
    static boolean run(LocalFunctions functions, LambdaInvokeServer invoker, Stack stack, String email, String password,
                       Console console) {
        LocalFunction function = functions.get(FUNCTION);
        if (function == null) {
            console.warn("the template has no " + FUNCTION + "; no admin was created.");
            return false;
        }
        ObjectNode event = Json.MAPPER.createObjectNode().put("email", email).put("givenName", "Local")
                .put("familyName", "Admin");
        LambdaInvokeServer.Result result = invoker.invoke(function, event.toString().getBytes(StandardCharsets.UTF_8));
        if (result.error()) {
            console.warn(FUNCTION + " failed (is it implemented yet?); no admin was created: "
                    + errorMessage(result.payload()));
            return false;
        }
        try {
            stack.emulators().cognito().adminSetUserPassword(b -> b.userPoolId(stack.userPoolId()).username(email)
                    .password(password).permanent(true));
        } catch (RuntimeException e) {
            console.warn("the admin's password could not be set: " + e.getMessage());
            return false;
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
