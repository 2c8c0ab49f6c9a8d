package org.inductionrecords.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inductionrecords.core.FunctionEnvironment;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

@Tag("emulators")
class CognitoLoginsTest {

    private static Stack stack;
    private static CognitoLogins logins;

    @BeforeAll
    static void start() {
        stack = Emulators.shared().createStack("cognito-logins-test");
        logins = CognitoLogins.create(new FunctionEnvironment(stack.environment("UsersFunction")));
    }

    private static AdminGetUserResponse login(String email) {
        return stack.emulators().cognito().adminGetUser(b -> b.userPoolId(stack.userPoolId()).username(email));
    }

    @Test
    void inviteCreatesALoginWithATemporaryPasswordAndAnswersItsSub() {
        String sub = logins.invite("invited@example.org", "Ada", "Lovelace");

        AdminGetUserResponse created = login("invited@example.org");
        assertEquals(UserStatusType.FORCE_CHANGE_PASSWORD, created.userStatus());
        assertEquals(sub, created.userAttributes().stream().filter(a -> a.name().equals("sub")).findFirst()
                .orElseThrow().value());
        assertTrue(created.userAttributes().stream().noneMatch(a -> a.name().equals("given_name")));
    }

    @Test
    void invitingTheSameEmailAgainAnswersTheExistingSub() {
        String first = logins.invite("retried@example.org", "Ada", "Lovelace");

        assertEquals(first, logins.invite("retried@example.org", "Ada", "Lovelace"));
    }

    @Test
    void disableAndEnableSwitchTheLogin() {
        logins.invite("switched@example.org", "Ada", "Lovelace");

        logins.disable("switched@example.org");
        assertFalse(login("switched@example.org").enabled());
        logins.enable("switched@example.org");
        assertTrue(login("switched@example.org").enabled());
    }

    @Test
    void deleteRemovesTheLoginAndIgnoresOneAlreadyGone() {
        logins.invite("deleted@example.org", "Ada", "Lovelace");

        logins.delete("deleted@example.org");
        assertThrows(UserNotFoundException.class, () -> login("deleted@example.org"));
        assertDoesNotThrow(() -> logins.delete("deleted@example.org"));
    }
}
