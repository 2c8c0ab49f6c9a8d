package org.inductionrecords.core.calendar;

import java.util.List;
import org.inductionrecords.core.audit.AuditEvent;

/** Where the Appropriate Body's term dates are kept: one record per academic year. */
public interface TermCalendar {

    /** Records (or replaces) a year's term dates, with its audit event, in one write. */
    void record(TermDates dates, AuditEvent event);

    /** Every year recorded, in year order. */
    List<TermDates> all();
}
