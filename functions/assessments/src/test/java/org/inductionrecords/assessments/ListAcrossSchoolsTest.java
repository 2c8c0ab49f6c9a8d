package org.inductionrecords.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.assessments.TestApi.Response;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.Programme;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.store.InductionItems;
import org.inductionrecords.testing.InductionBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * GET /inductions (CONTRACT.md section 3): the AB's list across its schools, at an AB's scale (27 schools, 500
 * inductions), one Query a page whatever the number of schools (TABLE.md pattern 21), by status, family name,
 * TRN or school.
 */
@Tag("emulators")
class ListAcrossSchoolsTest {

    private static final String[] FAMILY = {"Adams", "Baker", "Clarke", "Davies", "Evans", "Foster", "Green",
        "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Newton", "O'Brien", "Patel", "Quinn", "Roberts",
        "Smith", "Taylor"};
    private static final int SCHOOLS = 27;
    private static final int INDUCTIONS = 500;
    private static final int PASSED = 40;

    private static TestApi api;
    private static User abAdmin;
    private static final List<String> URNS = new ArrayList<>();
    private static final List<Induction> ALL = new ArrayList<>();

    @BeforeAll
    static void anAppropriateBodyWith27SchoolsAnd500Inductions() {
        api = new TestApi("assessments-across-schools");
        abAdmin = api.user(Role.AB_ADMIN, null);
        for (int s = 0; s < SCHOOLS; s++) {
            URNS.add(Fixtures.newUrn());
        }
        for (int i = 0; i < INDUCTIONS; i++) {
            InductionBuilder builder = InductionBuilder.anInduction().id("across-" + i).school(URNS.get(i % SCHOOLS))
                    .teacher(Fixtures.newTrn(), "Given" + i, FAMILY[i % FAMILY.length], LocalDate.of(1995, 1, 1),
                            Optional.empty())
                    .programme(Programme.ECT).startDate(LocalDate.of(2024, 9, 2)).tutor("tutor-" + (i % SCHOOLS));
            Induction induction = i < PASSED ? builder.passedOn(LocalDate.of(2026, 7, 20)) : builder.inProgress();
            ALL.add(induction);
            api.dynamo.putItem(b -> b.tableName(api.stack.tableName()).item(InductionItems.toItem(induction)));
        }
    }

    private static List<JsonNode> everyPage(String query, int limit, List<Map<String, Integer>> roundTrips) {
        List<JsonNode> items = new ArrayList<>();
        String next = null;
        do {
            String path = "/inductions?limit=" + limit + query
                    + (next == null ? "" : "&nextToken=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            Response page = api.get(abAdmin, path);
            assertEquals(200, page.status(), page::toString);
            roundTrips.add(api.lastRoundTrips);
            page.json().path("items").forEach(items::add);
            next = page.json().path("nextToken").isMissingNode() ? null : page.json().path("nextToken").asText();
        } while (next != null);
        return items;
    }

    @Test
    void theInProgressListCoversEverySchoolByFamilyNameWithOneQueryAPage() {
        // when the AB admin pages through the list with no filter
        List<Map<String, Integer>> roundTrips = new ArrayList<>();
        List<JsonNode> items = everyPage("", 100, roundTrips);

        // then it is every induction in progress, from every school, and no finished one
        assertEquals(INDUCTIONS - PASSED, items.size());
        assertTrue(items.stream().allMatch(i -> i.path("status").asText().equals("IN_PROGRESS")));
        assertEquals(SCHOOLS, items.stream().map(i -> i.path("schoolUrn").asText()).distinct().count());
        // sorted by family name, compared without case
        List<String> names = items.stream().map(i -> i.path("teacher").path("familyName").asText()
                .toLowerCase(Locale.ROOT)).toList();
        assertEquals(names.stream().sorted().toList(), names);
        // and each page is one Query of the inductions and one of the term dates (their next assessments' due
        // dates, TABLE.md pattern 20), with the caller's record and the audit event, never a Scan
        for (Map<String, Integer> page : roundTrips) {
            assertEquals(2, page.get("Query"), page::toString);
            assertFalse(page.containsKey("Scan"), page::toString);
        }
        assertEquals(5, roundTrips.size(), "460 inductions at 100 a page");
    }

    @Test
    void finishedInductionsAreListedOnlyWhenTheirStatusIsAskedFor() {
        List<JsonNode> passed = everyPage("&status=PASSED", 100, new ArrayList<>());
        assertEquals(PASSED, passed.size());
        assertTrue(passed.stream().allMatch(i -> i.path("status").asText().equals("PASSED")));
    }

    @Test
    void aSearchIsTheStartOfAFamilyNameInAnyCaseOrATrn() {
        // a family-name prefix, lower case: "new" finds the Newtons only (25 of 500, all in progress here but 2)
        List<Map<String, Integer>> roundTrips = new ArrayList<>();
        List<JsonNode> newtons = everyPage("&q=new", 100, roundTrips);
        long expected = ALL.stream().filter(i -> i.teacher().familyName().equals("Newton"))
                .filter(i -> i.status().name().equals("IN_PROGRESS")).count();
        assertEquals(expected, newtons.size());
        assertTrue(newtons.stream().allMatch(i -> i.path("teacher").path("familyName").asText().equals("Newton")));
        assertEquals(List.of(2), roundTrips.stream().map(r -> r.get("Query")).toList(),
                "one Query, on the key, and the term dates");

        // a TRN: that teacher's induction, whichever school
        Induction one = ALL.get(123);
        List<JsonNode> byTrn = everyPage("&q=" + one.teacher().trn(), 100, new ArrayList<>());
        assertEquals(List.of(one.inductionId()), byTrn.stream().map(i -> i.path("inductionId").asText()).toList());
    }

    @Test
    void oneSchoolNarrowsTheListToItsInductionsOfThatStatusAndName() {
        String urn = URNS.get(5);
        List<JsonNode> school = everyPage("&urn=" + urn, 100, new ArrayList<>());
        long expected = ALL.stream().filter(i -> i.schoolUrn().equals(urn))
                .filter(i -> i.status().name().equals("IN_PROGRESS")).count();
        assertEquals(expected, school.size());
        assertTrue(school.stream().allMatch(i -> i.path("schoolUrn").asText().equals(urn)));
        List<JsonNode> named = everyPage("&urn=" + urn + "&q=" + ALL.get(5 + 2 * SCHOOLS).teacher().familyName(), 100,
                new ArrayList<>());
        assertTrue(named.stream().allMatch(i -> i.path("teacher").path("familyName").asText()
                .equals(ALL.get(5 + 2 * SCHOOLS).teacher().familyName())));
        assertFalse(named.isEmpty());
    }

    @Test
    void onlyTheAppropriateBodyListsAcrossSchools() {
        User coordinator = api.user(Role.INDUCTION_COORDINATOR, URNS.get(0));
        Response refused = api.get(coordinator, "/inductions");
        assertEquals(403, refused.status(), refused::toString);
    }
}
