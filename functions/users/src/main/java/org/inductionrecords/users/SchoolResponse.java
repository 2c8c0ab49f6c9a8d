package org.inductionrecords.users;

import org.inductionrecords.core.user.School;

/** The contract's school record: {@code {urn, name}}. */
record SchoolResponse(String urn, String name) {

    static SchoolResponse of(School school) {
        return new SchoolResponse(school.urn(), school.name());
    }
}
