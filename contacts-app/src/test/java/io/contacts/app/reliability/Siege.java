package io.contacts.app.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Test load: hundreds of connections that misbehave at once, driven by one thread, as an attacker with little
 * bandwidth would — bodies sent a byte at a time with credentials and without, lists asked for and never read,
 * connections that send nothing. A connection the server closes is opened again at once, so the pressure holds.
 */
final class Siege implements AutoCloseable {

    /** How a besieging connection misbehaves. */
    enum Kind {
        /** {@code POST} of a long body without credentials, a byte per tick. */
        ANONYMOUS_TRICKLE,
        /** The same with valid credentials. */
        SIGNED_IN_TRICKLE,
        /** {@code GET} of a list of megabytes whose answer is never read; never reopened. */
        UNREAD_LIST,
        /** Connected, and not a byte sent. */
        SILENT
    }

    private static final long TICK_MILLIS = 200;

    private final int port;
    private final BiFunction<Kind, Integer, String> heads;
    private final List<Besieger> besiegers = new ArrayList<>();
    private final Map<Kind, Integer> reopened = new EnumMap<>(Kind.class);
    private final Thread driver;
    private volatile boolean running = true;

    /**
     * @param perKind how many connections of each kind
     * @param heads   what the n-th connection of a kind sends first ({@code null}: nothing)
     */
    Siege(int port, int perKind, BiFunction<Kind, Integer, String> heads) {
        this.port = port;
        this.heads = heads;
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < perKind; i++) {
                besiegers.add(new Besieger(kind, i));
            }
        }
        besiegers.forEach(Besieger::open);
        driver = new Thread(this::drive, "siege");
        driver.setDaemon(true);
        driver.start();
    }

    /** How often the server closed a connection of each kind, which was then opened again. */
    Map<Kind, Integer> reopened() {
        synchronized (reopened) {
            return Map.copyOf(reopened);
        }
    }

    private void drive() {
        ByteBuffer scratch = ByteBuffer.allocate(16 * 1024);
        ByteBuffer oneByte = ByteBuffer.wrap("x".getBytes(StandardCharsets.US_ASCII));
        while (running) {
            for (Besieger besieger : besiegers) {
                besieger.tick(scratch, oneByte);
            }
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        driver.interrupt();
        try {
            driver.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        besiegers.forEach(Besieger::close);
    }

    /** One connection of the siege. */
    private final class Besieger {
        private final Kind kind;
        private final int index;
        private SocketChannel channel;

        Besieger(Kind kind, int index) {
            this.kind = kind;
            this.index = index;
        }

        void open() {
            try {
                channel = SocketChannel.open();
                if (kind == Kind.UNREAD_LIST) {
                    channel.socket().setReceiveBufferSize(1024);
                }
                channel.connect(new InetSocketAddress("127.0.0.1", port));
                channel.configureBlocking(false);
                String head = heads.apply(kind, index);
                if (head != null) {
                    channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.ISO_8859_1)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Drops what the server sent, sends the next byte of a trickle, and reopens a closed connection. */
        void tick(ByteBuffer scratch, ByteBuffer oneByte) {
            if (kind == Kind.UNREAD_LIST) {
                return;
            }
            try {
                scratch.clear();
                int read = channel.read(scratch);
                if (kind != Kind.SILENT && read >= 0) {
                    channel.write(oneByte.rewind());
                }
                if (read < 0) {
                    reopen();
                }
            } catch (IOException closed) {
                reopen();
            }
        }

        private void reopen() {
            close();
            synchronized (reopened) {
                reopened.merge(kind, 1, Integer::sum);
            }
            open();
        }

        void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
