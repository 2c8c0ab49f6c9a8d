package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.user.School;
import org.inductionrecords.emulators.Emulators;
import org.inductionrecords.store.InductionItems;
import org.inductionrecords.store.SchoolItems;
import org.inductionrecords.testing.InductionBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The web front end at an Appropriate Body's scale: a local stack of its own (the shared {@link RunningStack} must
 * not be bloated) holding 27 schools and 500 inductions written with the testing builders, and
 * web/test/journeys/96-scale.mjs counting, with Playwright's request events, what the AB admin's home and the
 * inductions list ask for on a page load: the same few requests whatever the number of schools and inductions.
 */
@Tag("emulators")
class WebAtScaleE2eTest {

    private static final String ADMIN_EMAIL = "web.scale.admin@example.org";
    private static final String ADMIN_PASSWORD = "Web-Scale-Admin-Passw0rd!";
    private static final String[] FAMILY = {"Adams", "Baker", "Clarke", "Davies", "Evans", "Foster", "Green",
        "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Newton", "O'Brien", "Patel", "Quinn", "Roberts",
        "Smith", "Taylor"};
    static final int SCHOOLS = 27;
    static final int INDUCTIONS = 500;

    private static SeparateStack stack;

    @BeforeAll
    static void aStackWith27SchoolsAnd500Inductions() throws Exception {
        WebJourneyE2eTest.theBrowserAndTheBuiltSiteAreThere();
        stack = SeparateStack.start("webscale", ADMIN_EMAIL, ADMIN_PASSWORD);
        String table = stack.outputs().path("TableName").asText();
        try (DynamoDbClient dynamo = DynamoDbClient.builder()
                .endpointOverride(URI.create(stack.outputs().path("endpoints").path("dynamodb").asText()))
                .region(Region.of(Emulators.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(Emulators.ACCESS_KEY, Emulators.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            for (int s = 0; s < SCHOOLS; s++) {
                School school = new School(String.valueOf(300001 + s), "School " + (s + 1));
                dynamo.putItem(b -> b.tableName(table).item(SchoolItems.toItem(school)));
            }
            for (int i = 0; i < INDUCTIONS; i++) {
                Induction induction = InductionBuilder.anInduction().id("scale-" + i)
                        .school(String.valueOf(300001 + i % SCHOOLS))
                        .teacher(String.valueOf(4000000 + i), "Given" + i, FAMILY[i % FAMILY.length],
                                LocalDate.of(1995, 1, 1), Optional.empty())
                        .programme(Programme.ECT).startDate(LocalDate.of(2024, 9, 2)).tutor("tutor-" + (i % SCHOOLS))
                        .inProgress();
                dynamo.putItem(b -> b.tableName(table).item(InductionItems.toItem(induction)));
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theAbHomeAndTheInductionsListAskTheSameFewRequestsWhateverTheNumberOfSchools() throws Exception {
        String output = WebJourneyE2eTest.run(List.of("node", "test/journey.mjs", stack.outputs().get("ApiUrl").asText(),
                ADMIN_EMAIL, ADMIN_PASSWORD, WebJourneyE2eTest.SCREENSHOTS.toString()), Map.of("JOURNEYS", "96"), 300);

        assertTrue(output.contains("journey passed"), output);
        assertTrue(output.contains("96-scale.mjs passed"), output);
    }
}
