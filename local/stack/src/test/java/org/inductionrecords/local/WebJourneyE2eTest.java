package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.inductionrecords.emulators.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The web front end in a real browser against the local stack: web/test/journey.mjs runs each journey file of
 * web/test/journeys/ in turn, driving the machine's Chromium (playwright-core, /usr/bin/chromium) through the whole
 * NQT journey, from the coordinator's first sign-in to the AB admin's PASSED, by clicking and typing; axe-core checks
 * every page state they check at 1280 px and 375 px. Each role's home page is saved at both widths under
 * target/web-screenshots/, and the tutor's assessment form beside them. The build makes web/dist and
 * web/node_modules (the web module runs npm ci and npm run build before this module's tests).
 */
@Tag("emulators")
class WebJourneyE2eTest {

    private static final Path ROOT = Template.find(Path.of(System.getProperty("user.dir"))).getParent();
    private static final Path WEB = ROOT.resolve("web");
    static final Path SCREENSHOTS = Path.of("target", "web-screenshots").toAbsolutePath();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    /** Checked before the stack starts, so that a machine without them fails in a second with the fix. */
    @BeforeAll
    static void theBrowserAndTheBuiltSiteAreThere() {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("Chromium not found at " + CHROMIUM + ": apt-get install chromium (see README), or set CHROMIUM");
        }
        if (!Files.isDirectory(WEB.resolve("node_modules").resolve("playwright-core"))
                || !Files.isRegularFile(WEB.resolve("dist").resolve("index.html"))) {
            fail("web/ is not built: run ./mvnw install without -DskipWeb (the web module runs npm ci, npm run build)");
        }
    }

    @Test
    void theWholeNqtJourneyIsClickedThroughInTheBrowserWithNoAccessibilityViolations() throws Exception {
        RunningStack local = RunningStack.get();

        // The journey reads each invitation's temporary password from the local mailbox (README, "The local mailbox").
        String output = run(List.of("node", "test/journey.mjs", local.apiUrl().toString(), RunningStack.ADMIN_EMAIL,
                RunningStack.ADMIN_PASSWORD, SCREENSHOTS.toString(),
                SCREENSHOTS.resolve("tutor-assessment-form.png").toString()),
                Map.of("MAILBOX_URL", local.emulators().sesEndpoint().toString()), 900);

        assertTrue(output.contains("journey passed"), output);
        for (String home : List.of("ab-admin-home", "coordinator-home", "tutor-home", "headteacher-home", "nqt-home")) {
            assertTrue(Files.size(SCREENSHOTS.resolve(home + ".png")) > 0, home + " screenshot");
            assertTrue(Files.size(SCREENSHOTS.resolve(home + "-375.png")) > 0, home + " screenshot at 375 px");
        }
    }

    /**
     * Runs a command in web/ with {@code environment} added, echoing its output as it comes; fails on a non-zero
     * exit, with the output.
     */
    static String run(List<String> command, Map<String, String> environment, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(WEB.toFile()).redirectErrorStream(true);
        builder.environment().put("CHROMIUM", CHROMIUM.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    System.out.println("[web] " + line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "web-output");
        reader.start();
        boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        reader.join(10_000);
        synchronized (output) {
            assertTrue(ended, String.join(" ", command) + " timed out\n" + output);
            assertEquals(0, process.exitValue(), String.join(" ", command) + " failed\n" + output);
            return output.toString();
        }
    }
}
