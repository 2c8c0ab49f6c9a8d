package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.util.HashMap;
import java.util.Map;
import org.inductionrecords.core.user.School;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A school's item: {@code SCHOOL#<urn>} / {@code SCHOOL}; gsi1 ({@code SCHOOLS} / urn) lists every school by URN. */
public final class SchoolItems {

    public static final String TYPE = "SCHOOL";
    public static final String SK = "SCHOOL";
    public static final String ALL_SCHOOLS = "SCHOOLS";

    private SchoolItems() {
    }

    public static Map<String, AttributeValue> key(String urn) {
        return Map.of(Keys.PK, s(Keys.school(urn)), Keys.SK, s(SK));
    }

    public static Map<String, AttributeValue> toItem(School school) {
        Map<String, AttributeValue> item = new HashMap<>(key(school.urn()));
        item.put(Keys.TYPE, s(TYPE));
        item.put("urn", s(school.urn()));
        item.put("name", s(school.name()));
        item.put(Keys.GSI1_PK, s(ALL_SCHOOLS));
        item.put(Keys.GSI1_SK, s(school.urn()));
        return item;
    }

    public static School fromItem(Map<String, AttributeValue> item) {
        return new School(string(item, "urn"), string(item, "name"));
    }
}
