package org.inductionrecords.core.retention;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms served, for the basic record: the highest term any assessment was written for (assessment ids
 * are {@code T<term>-<KIND>}). Worked out before the assessments are deleted, since afterwards nothing
 * else knows it.
 */
public final class TermsServed {

    private static final Pattern ASSESSMENT_ID = Pattern.compile("T(\\d{1,2})-[A-Z_]+");

    private TermsServed() {
    }

    public static int fromAssessmentIds(Collection<String> assessmentIds) {
        int highest = 0;
        for (String id : assessmentIds) {
            Matcher matcher = ASSESSMENT_ID.matcher(id);
            if (matcher.matches()) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            }
        }
        return highest;
    }
}
