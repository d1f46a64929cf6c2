package io.contacts.app.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The line a slow command prints: once its time comes, and never after it finished. */
class SlowNoticeTest {

    private final StringWriter err = new StringWriter();
    private final List<Runnable> due = new ArrayList<>();

    @Test
    void aCommandStillAtWorkWhenItsTimeComesSaysSoOnce() {
        SlowNotice notice = SlowNotice.start(due::add, new PrintWriter(err, true), "contacts: still working…");
        due.forEach(Runnable::run);
        due.forEach(Runnable::run);
        notice.close();

        assertThat(err.toString()).isEqualTo("contacts: still working…\n");
    }

    @Test
    void aCommandDoneBeforeItsTimeSaysNothing() {
        SlowNotice notice = SlowNotice.start(due::add, new PrintWriter(err, true), "contacts: still working…");
        assertThat(due).hasSize(1);
        notice.close();
        due.forEach(Runnable::run);

        assertThat(err.toString()).isEmpty();
    }
}
