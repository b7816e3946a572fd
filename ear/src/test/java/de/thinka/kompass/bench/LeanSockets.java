package de.thinka.kompass.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Receiving WebSocket clients for thousands of displays on one selector thread, for the push benchmark only.
 * <p>
 * Why not the JDK's client (which the system tests use): on this 2-core machine the benchmark's 2,000 JDK
 * clients took about two thirds of the machine's CPU while the server used one third (benchmarks.md, 2026-11-25),
 * so the figure measured the load generator more than KOMPASS. This client only does what a display does:
 * the upgrade handshake (RFC 6455 section 4.1), reading unmasked server frames, putting fragmented text
 * together, answering pings with masked pongs and noticing closes. One thread reads all connections; the
 * arrival time is taken when a message's last byte has been read from the socket.
 */
final class LeanSockets implements AutoCloseable {

    /** What a connection tells its user; called on the selector thread, so it must be quick. */
    interface Listener {
        void onText(String text, long arrivedNanos);

        /** The server closed the connection (status and reason) or it broke (status -1 and the cause). */
        void onClose(int status, String reason);
    }

    private final Selector selector;
    private final Thread thread;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;

    LeanSockets(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Opens a connection to a ws:// address; completes when the server has answered 101. */
    CompletableFuture<Connection> connect(URI uri, Listener listener) {
        CompletableFuture<Connection> opened = new CompletableFuture<>();
        run(() -> {
            try {
                SocketChannel channel = SocketChannel.open();
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                Connection connection = new Connection(channel, uri, listener, opened);
                channel.register(selector, SelectionKey.OP_CONNECT, connection);
                channel.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
            } catch (IOException | RuntimeException e) {
                opened.completeExceptionally(e);
            }
        });
        return opened;
    }

    private void run(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    private void loop() {
        while (running) {
            try {
                selector.select(100);
                for (Runnable task; (task = tasks.poll()) != null; ) {
                    task.run();
                }
                long now = System.nanoTime();
                var keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    Connection connection = (Connection) key.attachment();
                    try {
                        if (key.isValid() && key.isConnectable()) {
                            connection.connected(key);
                        } else if (key.isValid() && key.isReadable()) {
                            connection.read(now);
                        }
                    } catch (IOException | RuntimeException broken) {
                        connection.broken(broken);
                    }
                }
            } catch (IOException | ClosedSelectorException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        run(() -> {
            for (SelectionKey key : selector.keys()) {
                ((Connection) key.attachment()).abort();
            }
            running = false;
        });
        try {
            thread.join(5000);
            selector.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** One WebSocket connection; all its methods run on the selector thread. */
    final class Connection {
        private final SocketChannel channel;
        private final URI uri;
        private final Listener listener;
        private final CompletableFuture<Connection> opened;
        private ByteBuffer in = ByteBuffer.allocate(4096);
        private byte[] text = new byte[0];
        private int textLength;
        private boolean upgraded;
        private boolean done;
        private final ArrayDeque<ByteBuffer> unsent = new ArrayDeque<>();

        private Connection(SocketChannel channel, URI uri, Listener listener, CompletableFuture<Connection> opened) {
            this.channel = channel;
            this.uri = uri;
            this.listener = listener;
            this.opened = opened;
        }

        private void connected(SelectionKey key) throws IOException {
            channel.finishConnect();
            key.interestOps(SelectionKey.OP_READ);
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            write(ByteBuffer.wrap(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
        }

        private void read(long now) throws IOException {
            int got = channel.read(in);
            if (got < 0) {
                broken(new IOException("connection closed by the server without a close frame"));
                return;
            }
            in.flip();
            if (!upgraded && !handshake()) {
                in.compact();
                return;
            }
            while (!done && frame(now)) {
                // one complete frame handled per turn
            }
            in.compact();
            if (!in.hasRemaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
                in.flip();
                bigger.put(in);
                in = bigger;
            }
        }

        /** The server's answer to the upgrade, up to the empty line; true once it said 101. */
        private boolean handshake() throws IOException {
            int end = -1;
            for (int i = in.position(); i + 3 < in.limit(); i++) {
                if (in.get(i) == '\r' && in.get(i + 1) == '\n' && in.get(i + 2) == '\r' && in.get(i + 3) == '\n') {
                    end = i + 4;
                    break;
                }
            }
            if (end < 0) {
                return false;
            }
            byte[] head = new byte[end - in.position()];
            in.get(head);
            String status = new String(head, StandardCharsets.US_ASCII).lines().findFirst().orElse("");
            if (!status.contains(" 101 ")) {
                IOException refused = new IOException("handshake refused: " + status);
                opened.completeExceptionally(refused);
                done = true;
                channel.close();
                throw refused;
            }
            upgraded = true;
            opened.complete(this);
            return true;
        }

        /** Handles one complete frame if the buffer holds one. */
        private boolean frame(long now) throws IOException {
            int start = in.position();
            if (in.remaining() < 2) {
                return false;
            }
            int first = in.get(start) & 0xff;
            int second = in.get(start + 1) & 0xff;
            int header = 2;
            long length = second & 0x7f;
            if (length == 126) {
                if (in.remaining() < 4) {
                    return false;
                }
                length = in.getShort(start + 2) & 0xffff;
                header = 4;
            } else if (length == 127) {
                if (in.remaining() < 10) {
                    return false;
                }
                length = in.getLong(start + 2);
                header = 10;
            }
            if ((second & 0x80) != 0) {
                throw new IOException("the server masked a frame");
            }
            if (in.remaining() < header + length) {
                if (header + length > in.capacity()) {
                    ByteBuffer bigger = ByteBuffer.allocate((int) (header + length) + 1024);
                    bigger.put(in);
                    bigger.flip();
                    in = bigger;
                }
                return false;
            }
            int payload = start + header;
            int size = (int) length;
            int opcode = first & 0x0f;
            boolean fin = (first & 0x80) != 0;
            switch (opcode) {
                case 0x0, 0x1 -> {
                    if (textLength + size > text.length) {
                        text = java.util.Arrays.copyOf(text, Math.max(2 * text.length, textLength + size));
                    }
                    in.get(payload, text, textLength, size);
                    textLength += size;
                    if (fin) {
                        String complete = new String(text, 0, textLength, StandardCharsets.UTF_8);
                        textLength = 0;
                        listener.onText(complete, now);
                    }
                }
                case 0x8 -> {
                    int status = size >= 2 ? in.getShort(payload) & 0xffff : 1005;
                    byte[] reason = new byte[Math.max(0, size - 2)];
                    in.get(payload + 2, reason);
                    done = true;
                    abort();
                    listener.onClose(status, new String(reason, StandardCharsets.UTF_8));
                }
                case 0x9 -> {
                    byte[] data = new byte[size];
                    in.get(payload, data);
                    write(masked(0x8A, data));
                }
                default -> {
                    // pong or unknown control frame: nothing to do
                }
            }
            in.position(payload + size);
            return true;
        }

        /** A client frame: FIN and opcode, mask key, masked payload (RFC 6455 section 5.3). */
        private ByteBuffer masked(int finAndOpcode, byte[] data) {
            ByteBuffer frame = ByteBuffer.allocate(6 + data.length);
            frame.put((byte) finAndOpcode).put((byte) (0x80 | data.length));
            byte[] mask = new byte[4];
            ThreadLocalRandom.current().nextBytes(mask);
            frame.put(mask);
            for (int i = 0; i < data.length; i++) {
                frame.put((byte) (data[i] ^ mask[i % 4]));
            }
            return frame.flip();
        }

        private void write(ByteBuffer bytes) throws IOException {
            unsent.add(bytes);
            while (!unsent.isEmpty()) {
                ByteBuffer next = unsent.peek();
                channel.write(next);
                if (next.hasRemaining()) {
                    return; // tiny control frames only: the rest goes with the next write
                }
                unsent.poll();
            }
        }

        private void broken(Exception cause) {
            if (!opened.isDone()) {
                opened.completeExceptionally(cause);
            }
            boolean wasOpen = !done;
            done = true;
            abort();
            if (wasOpen && upgraded) {
                listener.onClose(-1, String.valueOf(cause));
            }
        }

        /** Drops the connection without a closing handshake (the benchmark is over, or the server closed). */
        void abort() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // gone anyway
            }
        }

        /** From any thread. */
        void abortLater() {
            run(() -> {
                done = true;
                abort();
            });
        }
    }
}
