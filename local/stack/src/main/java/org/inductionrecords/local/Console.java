package org.inductionrecords.local;

import java.io.PrintStream;

/** The local stack's own console: what it tells the person who started it. Never prints personal data. */
final class Console {

    private final PrintStream out;
    private final PrintStream err;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static Console system() {
        return new Console(System.out, System.err);
    }

    void info(String message) {
        out.println("[local] " + message);
    }

    void warn(String message) {
        err.println("[local] WARNING: " + message);
    }

    void error(String message, Throwable cause) {
        err.println("[local] ERROR: " + message);
        if (cause != null) {
            cause.printStackTrace(err);
        }
    }
}
