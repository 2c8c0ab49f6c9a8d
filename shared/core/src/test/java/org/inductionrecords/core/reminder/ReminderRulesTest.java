package org.inductionrecords.core.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;
import org.inductionrecords.core.user.UserStatus;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 1, 7);

    @Test
    void aTaskIsRemindedFromAWeekAheadUntilItsDay() {
        assertFalse(ReminderRules.remindOn(WEDNESDAY.plusDays(8), WEDNESDAY));
        assertTrue(ReminderRules.remindOn(WEDNESDAY.plusDays(7), WEDNESDAY));
        assertTrue(ReminderRules.remindOn(WEDNESDAY.plusDays(1), WEDNESDAY));
        assertTrue(ReminderRules.remindOn(WEDNESDAY, WEDNESDAY));
    }

    @Test
    void anOverdueTaskIsRemindedTheDayAfterItsDueDateAndThenOnMondaysOnly() {
        assertTrue(ReminderRules.remindOn(WEDNESDAY, WEDNESDAY.plusDays(1)), "Thursday, first day overdue");
        assertFalse(ReminderRules.remindOn(WEDNESDAY, WEDNESDAY.plusDays(2)), "Friday");
        assertFalse(ReminderRules.remindOn(WEDNESDAY, WEDNESDAY.plusDays(4)), "Sunday");
        assertTrue(ReminderRules.remindOn(WEDNESDAY, WEDNESDAY.plusDays(5)), "Monday");
        assertFalse(ReminderRules.remindOn(WEDNESDAY, WEDNESDAY.plusDays(6)), "Tuesday");
        assertTrue(ReminderRules.remindOn(WEDNESDAY, WEDNESDAY.plusDays(12)), "the Monday after");
    }

    @Test
    void theDigestListsTheTasksSoonestFirstLinksToTheSiteAndSaysHowToStop() {
        User tutor = new User("u1", "tutor@school.example", "Tara", "Tutor", Role.INDUCTION_TUTOR,
                Optional.of("100001"), Optional.empty(), UserStatus.ACTIVE);
        List<DueTask> tasks = ReminderRules.toRemind(List.of(
                new DueTask("ASSESSMENT_DUE", "i2", "Bea Later", WEDNESDAY.plusDays(3)),
                new DueTask("ASSESSMENT_DUE", "i1", "Nia Newton", WEDNESDAY.minusDays(1)),
                new DueTask("ASSESSMENT_DUE", "i3", "Far Away", WEDNESDAY.plusDays(30))), WEDNESDAY);
        Digest digest = Digest.of(tutor, tasks, WEDNESDAY, "https://records.example/");
        assertEquals("Induction records: 2 tasks due (1 overdue)", digest.subject());
        assertTrue(digest.text().indexOf("Nia Newton") < digest.text().indexOf("Bea Later"), digest.text());
        assertFalse(digest.text().contains("Far Away"));
        assertTrue(digest.text().contains("https://records.example/"));
        assertTrue(digest.text().contains("turn off \"Email reminders\""));
        assertEquals("tutor@school.example", digest.to());
    }
}
