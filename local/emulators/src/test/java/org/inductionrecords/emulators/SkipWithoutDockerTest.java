package org.inductionrecords.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Under -Plocalstack without Docker, a class whose set-up needs the emulators reads as skipped, test by test. */
class SkipWithoutDockerTest {

    @Test
    void eachTestOfAClassWhoseSetUpFoundNoDockerIsSkippedWithTheReason() {
        List<String> events = run(NeedsDocker.class);

        assertEquals(List.of("skipped firstTest(): no Docker engine", "skipped secondTest(): no Docker engine"),
                events);
        assertEquals(0, NeedsDocker.tornDown, "the tear-down of a set-up that never ran is not run");
    }

    @Test
    void anyOtherSetUpFailureStillFailsTheClass() {
        List<String> events = run(BrokenSetUp.class);

        assertEquals(List.of("FAILED SkipWithoutDockerTest$BrokenSetUp"), events);
    }

    /** Skips and failures as the launcher reports them, e.g. "skipped firstTest(): reason". */
    private static List<String> run(Class<?> testClass) {
        List<String> events = new CopyOnWriteArrayList<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionSkipped(TestIdentifier test, String reason) {
                        events.add("skipped " + test.getDisplayName() + ": " + reason);
                    }

                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                            events.add(result.getStatus() + " " + test.getDisplayName());
                        }
                    }
                });
        return events;
    }

    @ExtendWith(SkipWithoutDocker.class)
    static class NeedsDocker {
        static int tornDown;

        @BeforeAll
        static void startEmulators() {
            throw new DockerMissing("no Docker engine");
        }

        @AfterAll
        static void stopEmulators() {
            tornDown++;
        }

        @Test
        void firstTest() {
        }

        @Test
        void secondTest() {
        }
    }

    @ExtendWith(SkipWithoutDocker.class)
    static class BrokenSetUp {
        @BeforeAll
        static void startEmulators() {
            throw new IllegalStateException("emulator did not start");
        }

        @Test
        void aTest() {
        }
    }
}
