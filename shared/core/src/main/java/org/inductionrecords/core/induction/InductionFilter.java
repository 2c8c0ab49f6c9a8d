package org.inductionrecords.core.induction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.inductionrecords.core.error.FieldError;
import org.inductionrecords.core.error.InvalidInput;
import org.inductionrecords.core.validation.Text;

/**
 * The AB's list of inductions across its schools (CONTRACT.md section 3, {@code GET /inductions}): one status
 * (IN_PROGRESS unless asked, so finished records stay out of the way), narrowed by a family-name prefix, a TRN
 * or a school. Each combination is served by a Query on a known partition (TABLE.md, access pattern 21).
 */
public record InductionFilter(InductionStatus status, Optional<String> familyNamePrefix, Optional<String> trn,
                              Optional<String> schoolUrn) {

    static final int MAX_SEARCH = 100;

    /**
     * From the query string: {@code status}, {@code q} (seven digits: a TRN; otherwise the start of a family
     * name, compared without case) and {@code urn}. Bad values are a 400 naming the parameter.
     */
    public static InductionFilter of(Optional<String> status, Optional<String> q, Optional<String> urn) {
        InductionStatus chosen = status.filter(s -> !s.isBlank()).map(s -> Arrays.stream(InductionStatus.values())
                .filter(value -> value.name().equals(s)).findFirst()
                .orElseThrow(() -> InvalidInput.of("status", "must be one of "
                        + Arrays.toString(InductionStatus.values()).replaceAll("[\\[\\]]", ""))))
                .orElse(InductionStatus.IN_PROGRESS);
        Optional<String> search = q.map(String::strip).filter(s -> !s.isEmpty());
        search.ifPresent(s -> {
            if (s.length() > MAX_SEARCH || Text.hasForbiddenControl(s) || !Text.isWellFormedUnicode(s)) {
                throw new InvalidInput(java.util.List.of(new FieldError("q",
                        "must be a TRN or the start of a family name, at most " + MAX_SEARCH + " characters")));
            }
        });
        Optional<String> trn = search.filter(s -> Text.TRN.matcher(s).matches());
        Optional<String> name = search.filter(s -> trn.isEmpty()).map(InductionFilter::nameKey);
        Optional<String> school = urn.filter(u -> !u.isBlank())
                .map(u -> Text.pathParameter("urn", u, Text.URN, "must be a 6-digit URN"));
        return new InductionFilter(chosen, name, trn, school);
    }

    /** How a name is compared: lower case, whatever the locale, with no '#' (the key's separator). */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('#', ' ');
    }
}
