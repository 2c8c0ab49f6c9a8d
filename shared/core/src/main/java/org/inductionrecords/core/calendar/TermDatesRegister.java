package org.inductionrecords.core.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.error.Forbidden;
import org.inductionrecords.core.user.AdminMfa;
import org.inductionrecords.core.user.CallerLookup;
import org.inductionrecords.core.user.Callers;
import org.inductionrecords.core.user.RequestOrigin;
import org.inductionrecords.core.user.Role;
import org.inductionrecords.core.user.User;

/**
 * {@code PUT /term-dates/{academicYear}} (the Appropriate Body only) and {@code GET /term-dates} (any active
 * user: the deadlines every role sees follow from them), contract section 7.
 */
public final class TermDatesRegister {

    static final String TERM_DATES = "TERM_DATES";

    private final CallerLookup callers;
    private final TermCalendar calendar;
    private final AdminMfa adminMfa;
    private final Clock clock;

    public TermDatesRegister(CallerLookup callers, AdminMfa adminMfa, TermCalendar calendar, Clock clock) {
        this.callers = callers;
        this.adminMfa = adminMfa;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** {@code dates} as validated from the request ({@link TermDates#read}): bad input is 400 before anything else. */
    public TermDates record(RequestOrigin origin, TermDates dates) {
        User caller = Callers.requireActive(callers, origin.callerId(), adminMfa);
        if (caller.role() != Role.AB_ADMIN) {
            throw new Forbidden("Only the Appropriate Body records term dates.");
        }
        calendar.record(dates, AuditEvent.of(clock.instant(), caller.userId(), "TERM_DATES_RECORDED", TERM_DATES,
                String.valueOf(dates.academicYear()), origin.sourceIp(), Map.of()));
        return dates;
    }

    public List<TermDates> list(RequestOrigin origin) {
        Callers.requireActive(callers, origin.callerId(), adminMfa);
        return calendar.all();
    }
}
