package org.inductionrecords.store;

import static org.inductionrecords.store.Attributes.s;
import static org.inductionrecords.store.Attributes.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inductionrecords.core.calendar.TermDates;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.AssessmentStatus;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.task.QueuedAssessment;
import org.inductionrecords.core.task.TaskStore;
import org.inductionrecords.core.user.User;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@link TaskStore} on the single table: every read is one Query of one partition, every page (docs/TABLE.md
 * "Tasks"); a page holds hundreds of items, so even the AB's queues are a page or two.
 */
public final class TaskDynamoStore implements TaskStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public TaskDynamoStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<TermDates> termDates() {
        return new TermDatesStore(dynamo, table).all();
    }

    @Override
    public List<Induction> inductionsOfTutor(String tutorUserId) {
        return query(QueryRequest.builder().indexName(Keys.GSI2).keyConditionExpression("gsi2pk = :p")
                .expressionAttributeValues(Map.of(":p", s(InductionItems.tutorPartition(tutorUserId)))),
                InductionItems::fromItem);
    }

    @Override
    public List<Induction> inductionsOfTeacher(String trn) {
        return query(QueryRequest.builder().indexName(Keys.GSI3)
                .keyConditionExpression("gsi3pk = :p AND begins_with(gsi3sk, :inductions)")
                .expressionAttributeValues(Map.of(":p", s(Keys.teacher(trn)),
                        ":inductions", s(InductionItems.GSI3_SK_PREFIX))), InductionItems::fromItem);
    }

    @Override
    public List<Assessment> assessmentsOf(String inductionId) {
        return query(QueryRequest.builder().consistentRead(true)
                .keyConditionExpression("pk = :p AND begins_with(sk, :assessments)")
                .expressionAttributeValues(Map.of(":p", s(Keys.induction(inductionId)),
                        ":assessments", s(AssessmentItems.SK_PREFIX))), AssessmentItems::fromItem);
    }

    @Override
    public List<QueuedAssessment> schoolQueue(String urn) {
        return query(QueryRequest.builder().indexName(Keys.GSI3).keyConditionExpression("gsi3pk = :p")
                .expressionAttributeValues(Map.of(":p", s(TaskQueues.school(urn)))), TaskDynamoStore::queued);
    }

    @Override
    public List<QueuedAssessment> reviewQueue() {
        return query(QueryRequest.builder().indexName(Keys.TASKS).keyConditionExpression("tasksPk = :p")
                .expressionAttributeValues(Map.of(":p", s(TaskQueues.REVIEWS))), TaskDynamoStore::queued);
    }

    @Override
    public List<Induction> decisionQueue() {
        return query(QueryRequest.builder().indexName(Keys.TASKS).keyConditionExpression("tasksPk = :p")
                .expressionAttributeValues(Map.of(":p", s(TaskQueues.DECISIONS))), InductionItems::fromItem);
    }

    @Override
    public List<Induction> interimQueue(String urn) {
        return query(QueryRequest.builder().indexName(Keys.TASKS).keyConditionExpression("tasksPk = :p")
                .expressionAttributeValues(Map.of(":p", s(TaskQueues.interims(urn)))), InductionItems::fromItem);
    }

    @Override
    public List<User> usersOfSchool(String urn) {
        return query(QueryRequest.builder().indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :p")
                .expressionAttributeValues(Map.of(":p", s(UserItems.schoolUsersPartition(urn)))), UserItems::fromItem);
    }

    private static QueuedAssessment queued(Map<String, AttributeValue> item) {
        return new QueuedAssessment(string(item, "inductionId"), string(item, "assessmentId"),
                string(item, "schoolUrn"), AssessmentStatus.valueOf(string(item, "status")));
    }

    private <T> List<T> query(QueryRequest.Builder query, Function<Map<String, AttributeValue>, T> read) {
        List<T> found = new ArrayList<>();
        dynamo.queryPaginator(query.tableName(table).build()).items().forEach(item -> found.add(read.apply(item)));
        return found;
    }
}
