package org.inductionrecords.core.induction;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.inductionrecords.core.user.User;

/**
 * The reads bulk work and exports need beside {@link InductionStore}'s (docs/TABLE.md "Bulk work and exports"):
 * every one a Query or a batch of gets by key, never a scan. Writes go through {@link InductionStore}, one
 * transaction a row, so each row is written whole or not at all.
 */
public interface BulkStore {

    /** The users with these (normalised) emails, by email; emails no user has are absent. */
    Map<String, User> usersWithEmails(Collection<String> emails);

    /** Every induction of this TRN, any school, any status (the teacher's partition of gsi3). */
    List<Induction> inductionsOfTrn(String trn);

    /** Every induction of these TRNs, in parallel queries, by TRN (absent: none held). */
    Map<String, List<Induction>> inductionsOfTrns(Collection<String> trns);

    /** Every induction whose school is this one (gsi1), all pages. */
    List<Induction> inductionsOfSchool(String urn);

    /** The URN of every school (the schools' list partition), all pages. */
    List<String> schoolUrns();
}
