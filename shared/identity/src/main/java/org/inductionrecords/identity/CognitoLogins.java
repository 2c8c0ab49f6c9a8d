package org.inductionrecords.identity;

import java.util.Optional;
import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.core.user.Logins;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * Logins in the Cognito user pool. The pool's username is the email; a login's {@code sub} is the
 * user's id in our own records. The client is built by {@link CognitoClients}.
 */
public final class CognitoLogins implements Logins {

    public static final String USER_POOL_ID = "USER_POOL_ID";
    private static final String SOFTWARE_TOKEN_MFA = "SOFTWARE_TOKEN_MFA";

    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;

    public CognitoLogins(CognitoIdentityProviderClient cognito, String userPoolId) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
    }

    /** The pool named by {@code USER_POOL_ID}, with a client from {@link CognitoClients}. */
    public static CognitoLogins create(FunctionEnvironment environment) {
        return new CognitoLogins(CognitoClients.create(), environment.require(USER_POOL_ID));
    }

    @Override
    public String invite(String email, String givenName, String familyName) {
        try {
            return cognito.adminCreateUser(b -> b.userPoolId(userPoolId)
                            .username(email)
                            // Names stay in our own record only: the login needs nothing but the email.
                            .userAttributes(attribute("email", email), attribute("email_verified", "true"))
                            .desiredDeliveryMediums(DeliveryMediumType.EMAIL))
                    .user().attributes().stream()
                    .filter(a -> a.name().equals("sub"))
                    .map(AttributeType::value)
                    .findFirst()
                    .orElseGet(() -> existingSub(email).orElseThrow());
        } catch (UsernameExistsException exists) {
            // A retry after a failure between the invitation and our own record: finish the job.
            return existingSub(email).orElseThrow(() -> exists);
        } catch (InvalidParameterException refused) {
            // cognito-local can refuse the invitation's delivery after it has created the login.
            return existingSub(email).orElseThrow(() -> refused);
        }
    }

    @Override
    public void disable(String email) {
        cognito.adminDisableUser(b -> b.userPoolId(userPoolId).username(email));
    }

    @Override
    public void enable(String email) {
        cognito.adminEnableUser(b -> b.userPoolId(userPoolId).username(email));
    }

    @Override
    public void delete(String email) {
        try {
            cognito.adminDeleteUser(b -> b.userPoolId(userPoolId).username(email));
        } catch (UserNotFoundException alreadyGone) {
            // Deleting is idempotent: a sweep retried after a crash finds nothing to remove.
        }
    }

    /**
     * Cognito's own word (AdminGetUser): software-token MFA is in the login's enabled methods, or its preferred
     * one. Cognito lists a method there only once the device's code has been verified.
     */
    @Override
    public boolean softwareTokenMfaEnabled(String email) {
        AdminGetUserResponse login = cognito.adminGetUser(b -> b.userPoolId(userPoolId).username(email));
        return login.userMFASettingList().contains(SOFTWARE_TOKEN_MFA)
                || SOFTWARE_TOKEN_MFA.equals(login.preferredMfaSetting());
    }

    /**
     * A read of a login that cannot exist (no email has this form), for SnapStart priming: the client's first
     * call (signing, HTTP, unmarshalling the not-found error) happens before the snapshot. Changes nothing.
     */
    public void primeRead() {
        existingSub("snapstart-priming@priming.invalid");
    }

    private Optional<String> existingSub(String email) {
        try {
            return cognito.adminGetUser(b -> b.userPoolId(userPoolId).username(email)).userAttributes().stream()
                    .filter(a -> a.name().equals("sub"))
                    .map(AttributeType::value)
                    .findFirst();
        } catch (UserNotFoundException notThere) {
            return Optional.empty();
        }
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
