package io.contacts.app.scale;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Test load balancer: an HTTP-aware round robin on a loopback port in front of the nodes. Each request goes to the
 * next node on a connection of its own, marked {@code Connection: close} both ways, so that consecutive requests
 * of one client really land on different nodes; a node that refuses the connection (gone) is skipped for the next.
 * A node that dies while a request is on it leaves that request without an answer: its client's connection is
 * closed, as a TCP balancer would close it. Requests carry a {@code Content-Length} or no body, as
 * {@code java.net.http} sends them.
 */
final class RoundRobinBalancer implements AutoCloseable {

    /** A guard against a hung node, not a measure of speed. */
    private static final int PATIENCE_MILLIS = 60_000;
    private static final int MAX_HEAD = 64 * 1024;
    /** 127.0.0.1 itself: the loopback address Java prefers might be ::1, where the nodes do not listen. */
    private static final InetAddress LOOPBACK = loopback();

    private final List<Integer> nodes;
    private final ServerSocket listener;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "balancer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicIntegerArray answered;
    private final AtomicIntegerArray refused;
    private final List<Integer> route = new CopyOnWriteArrayList<>();

    private RoundRobinBalancer(List<Integer> nodes, ServerSocket listener) {
        this.nodes = List.copyOf(nodes);
        this.listener = listener;
        this.answered = new AtomicIntegerArray(nodes.size());
        this.refused = new AtomicIntegerArray(nodes.size());
    }

    /** Listens on 127.0.0.1, on a port the system chooses, for the nodes listening on {@code ports}. */
    static RoundRobinBalancer start(List<Integer> ports) {
        try {
            RoundRobinBalancer balancer = new RoundRobinBalancer(ports,
                    new ServerSocket(0, 200, LOOPBACK));
            balancer.connections.execute(balancer::accept);
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    /** How many answers each node gave through the balancer, by node index. */
    List<Integer> answered() {
        return counts(answered);
    }

    /** How many times each node refused a connection, by node index: a node that is gone. */
    List<Integer> refused() {
        return counts(refused);
    }

    /** The node index each request was sent to, in the order they were sent. */
    List<Integer> route() {
        return List.copyOf(route);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        connections.shutdownNow();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** One request from {@code client}, to the next node that takes the connection, and its answer back. */
    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(PATIENCE_MILLIS);
            InputStream fromClient = new BufferedInputStream(client.getInputStream());
            String head = readHead(fromClient);
            if (head.isEmpty()) {
                return; // the client closed an idle connection
            }
            byte[] body = fromClient.readNBytes(contentLength(head));
            byte[] request = (closing(head) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            for (int tries = 0; tries < nodes.size(); tries++) {
                int node = Math.floorMod(next.getAndIncrement(), nodes.size());
                try (Socket upstream = new Socket(LOOPBACK, nodes.get(node))) {
                    route.add(node);
                    relay(upstream, request, body, client.getOutputStream(), node);
                    return;
                } catch (ConnectException gone) {
                    refused.incrementAndGet(node);
                }
            }
        } catch (IOException cut) {
            // The node died mid-request, or the client went away: the client gets no (whole) answer.
        }
    }

    private void relay(Socket upstream, byte[] request, byte[] body, OutputStream toClient, int node)
            throws IOException {
        upstream.setSoTimeout(PATIENCE_MILLIS);
        OutputStream toNode = upstream.getOutputStream();
        toNode.write(request);
        toNode.write(body);
        toNode.flush();
        InputStream fromNode = new BufferedInputStream(upstream.getInputStream());
        String head = readHead(fromNode);
        if (head.isEmpty()) {
            throw new SocketException("the node closed without answering");
        }
        toClient.write((closing(head) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        // The node closes after its answer (Connection: close), however the body is framed.
        fromNode.transferTo(toClient);
        toClient.flush();
        answered.incrementAndGet(node);
    }

    /** A head (request or response) without its connection headers, saying {@code Connection: close}. */
    private static String closing(String head) {
        List<String> lines = new ArrayList<>();
        for (String line : head.split("\r\n")) {
            String name = line.toLowerCase(Locale.ROOT);
            if (!name.startsWith("connection:") && !name.startsWith("keep-alive:")) {
                lines.add(line);
            }
        }
        lines.add("Connection: close");
        return String.join("\r\n", lines);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).strip());
            }
            if (line.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")) {
                throw new IllegalArgumentException("a chunked request: this balancer takes Content-Length only");
            }
        }
        return 0;
    }

    /** The head up to its blank line, without it; empty when the stream ends first. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return "";
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_HEAD) {
                throw new SocketException("a head over " + MAX_HEAD + " bytes");
            }
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - 4);
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static List<Integer> counts(AtomicIntegerArray array) {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < array.length(); i++) {
            counts.add(array.get(i));
        }
        return counts;
    }
}
