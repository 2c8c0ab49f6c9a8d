package org.inductionrecords.emulators;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * The template's resources as created in the emulators under one stack name, with the ids a function
 * would see in its environment, and how long the pool client's tokens live.
 */
public record Stack(String name, String tableName, String primaryBucket, String secondaryBucket,
                    String userPoolId, String userPoolClientId, TokenValidity tokenValidity, Template template,
                    Emulators emulators) {

    /** Set for every function: our S3 client factory turns on path-style addressing when it is "true". */
    public static final String S3_FORCE_PATH_STYLE = "S3_FORCE_PATH_STYLE";
    /**
     * The AB_ADMIN two-factor rule (CONTRACT.md section 10; core {@code AdminMfa}). The template's RequireAdminMfa
     * defaults to true for AWS; the local stack has its own default, off unless {@code --require-admin-mfa}.
     */
    public static final String REQUIRE_ADMIN_MFA = "REQUIRE_ADMIN_MFA";

    /**
     * The function's environment as Lambda would give it: Globals.Function variables merged with the
     * function's own, each resolved to its local value, plus {@code S3_FORCE_PATH_STYLE=true}, and
     * {@link #REQUIRE_ADMIN_MFA} off (the local stack's default, not the template's).
     * {@code JAVA_TOOL_OPTIONS} is left out (it is for a fresh JVM, and here the function runs in this one);
     * no SDK settings are added: the SDK finds the emulators through this JVM's system properties.
     */
    public Map<String, String> environment(String functionLogicalId) {
        return environment(functionLogicalId, false);
    }

    /**
     * {@link #environment(String)} with {@link #REQUIRE_ADMIN_MFA} as asked, for a function that reads it: the
     * local stack's default is off (the local stack's {@code --require-admin-mfa} turns it on).
     */
    public Map<String, String> environment(String functionLogicalId, boolean requireAdminMfa) {
        Template.Function function = template.function(functionLogicalId);
        IntrinsicResolver resolver = resolver();
        Map<String, String> environment = new LinkedHashMap<>();
        function.environment().forEach((key, value) -> {
            if (!key.equals("JAVA_TOOL_OPTIONS")) {
                environment.put(key, resolver.resolveString(value));
            }
        });
        environment.put(S3_FORCE_PATH_STYLE, "true");
        environment.computeIfPresent(REQUIRE_ADMIN_MFA, (name, value) -> String.valueOf(requireAdminMfa));
        return Map.copyOf(environment);
    }

    /** A resolver for this stack's intrinsics (e.g. to resolve Outputs). */
    public IntrinsicResolver resolver() {
        Map<String, String> emulatorIds = new LinkedHashMap<>();
        template.resourcesOfType("AWS::Cognito::UserPool").forEach(r -> emulatorIds.put(r.logicalId(), userPoolId));
        template.resourcesOfType("AWS::Cognito::UserPoolClient")
                .forEach(r -> emulatorIds.put(r.logicalId(), userPoolClientId));
        return new LocalPhysicalIds(template, name, emulatorIds).resolver();
    }

    /** The issuer ({@code iss}) of this pool's tokens in cognito-local. */
    public String issuer() {
        return emulators.cognitoIssuer(userPoolId);
    }

    /**
     * Test helper: a confirmed Cognito user with a permanent password (created, or the existing one with the
     * password set again). Returns its {@code sub}.
     */
    public String createLogin(String email, String password) {
        CognitoIdentityProviderClient cognito = emulators.cognito();
        String sub;
        try {
            sub = cognito.adminCreateUser(b -> b.userPoolId(userPoolId).username(email)
                            .messageAction(MessageActionType.SUPPRESS)
                            .userAttributes(attribute("email", email), attribute("email_verified", "true")))
                    .user().attributes().stream().filter(a -> a.name().equals("sub"))
                    .map(AttributeType::value).findFirst().orElseThrow();
        } catch (UsernameExistsException exists) {
            sub = cognito.adminGetUser(b -> b.userPoolId(userPoolId).username(email)).userAttributes().stream()
                    .filter(a -> a.name().equals("sub")).map(AttributeType::value).findFirst().orElseThrow();
        }
        cognito.adminSetUserPassword(b -> b.userPoolId(userPoolId).username(email).password(password).permanent(true));
        return sub;
    }

    /** Test helper: signs in with USER_PASSWORD_AUTH and returns the ID token. */
    public String idToken(String email, String password) {
        return emulators.cognito().initiateAuth(b -> b.clientId(userPoolClientId)
                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", email, "PASSWORD", password)))
                .authenticationResult().idToken();
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
