package org.inductionrecords.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.InductionStore;
import org.inductionrecords.core.reminder.DueTask;
import org.inductionrecords.core.reminder.ReminderPorts;
import org.inductionrecords.core.reminder.ReminderRules;
import org.inductionrecords.core.task.Task;
import org.inductionrecords.core.task.TaskList;
import org.inductionrecords.core.user.User;
import org.inductionrecords.store.InductionDynamoStore;
import org.inductionrecords.store.TaskDynamoStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The user's tasks from the task list of CONTRACT.md section 7 ({@link TaskList}, the same computation as
 * {@code GET /tasks}, so in the user's scope by construction), those with a due date that the day's reminder lists,
 * each with its teacher's name: one GetItem per induction named (the task list carries ids only), and only for the
 * tasks that will be in the email.
 */
final class TaskListTasks implements ReminderPorts.TaskList {

    private final TaskList tasks;
    private final InductionStore inductions;

    TaskListTasks(TaskList tasks, InductionStore inductions) {
        this.tasks = tasks;
        this.inductions = inductions;
    }

    /** The task list and the inductions of the one table. */
    static TaskListTasks on(DynamoDbClient dynamo, String table) {
        return new TaskListTasks(new TaskList(new TaskDynamoStore(dynamo, table)), new InductionDynamoStore(dynamo, table));
    }

    @Override
    public TaskListTasks forOneRun() {
        return new TaskListTasks(tasks.withTermDatesReadOnce(), inductions);
    }

    @Override
    public List<DueTask> of(User user, LocalDate asOf) {
        List<DueTask> due = new ArrayList<>();
        Map<String, Optional<String>> names = new HashMap<>();
        for (Task task : tasks.tasksOf(user, asOf)) {
            if (task.dueDate().isEmpty() || !ReminderRules.remindOn(task.dueDate().get(), asOf)) {
                continue;
            }
            Optional<String> name = names.computeIfAbsent(task.inductionId(), id -> inductions.find(id)
                    .map(Induction::teacher).map(teacher -> teacher.givenName() + " " + teacher.familyName()));
            name.ifPresent(teacher -> due.add(new DueTask(task.type().name(), task.inductionId(), teacher,
                    task.dueDate().get())));
        }
        return due;
    }
}
