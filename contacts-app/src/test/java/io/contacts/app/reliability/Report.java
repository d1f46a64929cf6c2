package io.contacts.app.reliability;

/**
 * Test helper: one line of observations for {@code docs/reliability.md}, written whole so that the service's log
 * lines, which share standard output, cannot cut into it. Every line starts with {@code [reliability]}.
 */
final class Report {

    private Report() {
    }

    static void line(String format, Object... arguments) {
        System.out.println("[reliability] " + String.format(format, arguments));
    }
}
