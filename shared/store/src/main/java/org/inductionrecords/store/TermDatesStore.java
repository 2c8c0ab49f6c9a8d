package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inductionrecords.core.audit.AuditEvent;
import org.inductionrecords.core.calendar.Term;
import org.inductionrecords.core.calendar.TermCalendar;
import org.inductionrecords.core.calendar.TermDates;
import org.inductionrecords.core.calendar.TermName;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Term dates: {@code TERM_DATES} / {@code <academicYear>}, {@code terms} a list of {name, start, end}. One
 * small partition (a year an item); a PUT replaces the year whole, with its audit event.
 */
public final class TermDatesStore implements TermCalendar {

    static final String PK = "TERM_DATES";
    static final String TYPE = "TERM_DATES";

    private final DynamoDbClient dynamo;
    private final String table;

    public TermDatesStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void record(TermDates dates, AuditEvent event) {
        Transaction.on(dynamo)
                .write(TransactWriteItem.builder().put(Put.builder().tableName(table).item(toItem(dates)).build()).build())
                .write(AuditItems.put(table, event))
                .run();
    }

    @Override
    public List<TermDates> all() {
        List<TermDates> years = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true).keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s(PK))))
                .items().forEach(item -> years.add(fromItem(item)));
        return years;
    }

    static Map<String, AttributeValue> toItem(TermDates dates) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(PK));
        item.put(Keys.SK, s(String.valueOf(dates.academicYear())));
        item.put(Keys.TYPE, s(TYPE));
        item.put("academicYear", AttributeValue.fromN(String.valueOf(dates.academicYear())));
        item.put("terms", AttributeValue.fromL(dates.terms().stream().map(term -> AttributeValue.fromM(Map.of(
                "name", s(term.name().name()), "start", s(term.start().toString()), "end", s(term.end().toString()))))
                .toList()));
        return item;
    }

    static TermDates fromItem(Map<String, AttributeValue> item) {
        List<Term> terms = item.get("terms").l().stream().map(AttributeValue::m)
                .map(m -> new Term(TermName.valueOf(m.get("name").s()), LocalDate.parse(m.get("start").s()),
                        LocalDate.parse(m.get("end").s())))
                .toList();
        return new TermDates(Integer.parseInt(item.get("academicYear").n()), terms);
    }
}
