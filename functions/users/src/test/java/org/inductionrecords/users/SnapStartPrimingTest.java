package org.inductionrecords.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.emulators.Stack;
import org.inductionrecords.testing.RoundTrips;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** The SnapStart priming hook exercises the table and the user pool before the snapshot, and changes neither. */
@Tag("emulators")
class SnapStartPrimingTest {

    private static final Set<String> READS = Set.of("DynamoDb:GetItem", "DynamoDb:BatchGetItem", "DynamoDb:Query",
            "CognitoIdentityProvider:AdminGetUser");

    @Test
    void primingReadsTheTableAndTheUserPoolAndWritesNothing() throws Exception {
        Emulators emulators = Emulators.shared();
        Stack stack = emulators.createStack("users-priming");
        UsersHandler handler = new UsersHandler(stack.environment("UsersFunction"));
        long itemsBefore = items(emulators, stack);
        int loginsBefore = logins(emulators, stack);

        RoundTrips.reset();
        handler.priming().beforeCheckpoint(null);
        handler.priming().afterRestore(null);

        assertTrue(RoundTrips.dynamoDb() >= 1, "the DynamoDB client made its first call: " + RoundTrips.counts());
        assertTrue(RoundTrips.cognito() >= 1, "the Cognito client made its first call: " + RoundTrips.counts());
        assertTrue(READS.containsAll(RoundTrips.counts().keySet()), "reads only: " + RoundTrips.counts());
        assertEquals(itemsBefore, items(emulators, stack), "no item written");
        assertEquals(loginsBefore, logins(emulators, stack), "no login created");
    }

    private static long items(Emulators emulators, Stack stack) {
        return emulators.dynamoDb().scan(b -> b.tableName(stack.tableName()).select(Select.COUNT)
                .consistentRead(true)).count();
    }

    private static int logins(Emulators emulators, Stack stack) {
        return emulators.cognito().listUsers(b -> b.userPoolId(stack.userPoolId())).users().size();
    }
}
