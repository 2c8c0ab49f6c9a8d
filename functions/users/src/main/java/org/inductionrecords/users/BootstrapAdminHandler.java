package org.inductionrecords.users;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.core.error.FieldError;
import org.inductionrecords.core.error.Rejection;
import org.inductionrecords.core.user.FirstAdmin;
import org.inductionrecords.core.user.Logins;
import org.inductionrecords.core.user.NewUser;
import org.inductionrecords.core.validation.RequestBody;
import org.inductionrecords.identity.CognitoLogins;
import org.inductionrecords.json.Json;
import org.inductionrecords.store.DynamoClients;
import org.inductionrecords.store.UserStore;

/**
 * BootstrapAdminFunction (direct invoke only): {@code {"email", "givenName", "familyName"}} creates the
 * first AB_ADMIN (login invitation and record) while no AB_ADMIN exists; the same email again answers the
 * same admin; any other request once an AB_ADMIN exists fails the invocation. Answers the user record.
 * With {@code "recover": true} it is the operator's audited way back into a locked-out Appropriate Body
 * ({@link FirstAdmin#recover}): the named AB_ADMIN is made active again, or a new one invited.
 *
 * <pre>aws lambda invoke --function-name &lt;BootstrapAdminFunction&gt; --cli-binary-format raw-in-base64-out \
 *   --payload '{"email":"admin@example.org","givenName":"A","familyName":"Admin"}' out.json</pre>
 */
public final class BootstrapAdminHandler implements RequestStreamHandler {

    private final FirstAdmin firstAdmin;

    public BootstrapAdminHandler() {
        this(System.getenv());
    }

    public BootstrapAdminHandler(Map<String, String> env) {
        this(new FunctionEnvironment(env), CognitoLogins.create(new FunctionEnvironment(env)));
    }

    BootstrapAdminHandler(FunctionEnvironment env, Logins logins) {
        this.firstAdmin = new FirstAdmin(new UserStore(DynamoClients.create(), env.require("TABLE_NAME")), logins,
                Clock.systemUTC());
    }

    /** Refusals (bad input, an AB_ADMIN exists) are thrown, so the invocation fails with their message. */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String raw = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        try {
            NewUser.Bootstrap request = NewUser.readBootstrap(RequestBody.parse(raw));
            output.write(Json.writeBytes(UserResponse.of(request.recover()
                    ? firstAdmin.recover(request.admin()) : firstAdmin.create(request.admin()))));
        } catch (Rejection refused) {
            throw new IllegalStateException(describe(refused), refused);
        }
    }

    /** The refusal with its field details (names and problems, never the values given). */
    static String describe(Rejection refused) {
        StringBuilder message = new StringBuilder(refused.getMessage());
        for (FieldError detail : refused.details()) {
            message.append(' ').append(detail.field()).append(": ").append(detail.message()).append('.');
        }
        return message.toString();
    }
}
