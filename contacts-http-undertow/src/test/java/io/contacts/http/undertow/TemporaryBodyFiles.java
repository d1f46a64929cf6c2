package io.contacts.http.undertow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test fixture: the temporary files that request bodies past their share of memory go to, in java.io.tmpdir. */
final class TemporaryBodyFiles {

    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    private TemporaryBodyFiles() {
    }

    static List<Path> list() {
        try (Stream<Path> files = Files.list(TEMP)) {
            return files.filter(file -> file.getFileName().toString().startsWith("contacts-body-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return -1;
        }
    }

    /** Waits until exactly {@code count} temporary body files beyond {@code before} hold at least {@code bytes}. */
    static void await(List<Path> before, int count, long bytes) throws InterruptedException {
        for (int tries = 0; tries < 200; tries++) {
            List<Path> spooled = list().stream().filter(file -> !before.contains(file)).toList();
            if (spooled.size() == count && spooled.stream().allMatch(file -> size(file) >= bytes)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + count + " temporary files of " + bytes + " bytes; found " + list());
    }
}
