package org.warmintro.notification.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server in front of the tests' mail server that can be made slow: while it holds, a connection it accepts
 * hears nothing (silent) or a greeting that never ends (stalling, a line every few hundred milliseconds, as a tarpit
 * does). Once released, every held connection the client has not closed meanwhile reaches the mail server as if
 * nothing had happened, and so do the new ones: a client that went on with an exchange it gave up on delivers its
 * email then.
 */
final class SlowSmtpServer implements AutoCloseable {

    enum Holding {
        SILENT, STALLING
    }

    private static final byte[] STALLING_LINE = "220-please wait\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket serverSocket;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private volatile int mailServerPort;
    private volatile Holding holding;

    SlowSmtpServer() {
        try {
            serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("slow-smtp-accept", this::accept);
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    /** Forgets the connections of a previous test and passes new ones through to the mail server. */
    void reset(int mailServerPort) {
        this.mailServerPort = mailServerPort;
        holding = null;
        connections.forEach(Connection::close);
        connections.clear();
    }

    /** From now on, holds the connections it accepts. */
    void hold(Holding how) {
        holding = how;
    }

    /** Lets every held connection that is still open through to the mail server, and the new ones. */
    void release() {
        holding = null;
        connections.forEach(Connection::release);
    }

    List<Connection> connections() {
        return List.copyOf(connections);
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        connections.forEach(Connection::close);
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void accept() {
        while (!serverSocket.isClosed()) {
            try {
                Connection connection = new Connection(serverSocket.accept(), holding);
                connections.add(connection);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** One connection of the client; its bytes wait while it is held, and go to the mail server once released. */
    final class Connection {

        private final Socket client;
        private final Holding held;
        private final Object lock = new Object();
        private final ByteArrayOutputStream waiting = new ByteArrayOutputStream();
        private Socket upstream;
        private boolean released;
        private volatile boolean closedByClient;

        private Connection(Socket client, Holding held) {
            this.client = client;
            this.held = held;
        }

        /** Whether the client closed it (or reset it) before the mail server did. */
        boolean closedByClient() {
            return closedByClient;
        }

        boolean wasHeld() {
            return held != null;
        }

        private void start() {
            daemon("slow-smtp-client", this::readClient);
            if (held == Holding.STALLING) {
                daemon("slow-smtp-stall", this::stall);
            } else if (held == null) {
                release();
            }
        }

        private void readClient() {
            byte[] buffer = new byte[8192];
            try {
                InputStream in = client.getInputStream();
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    synchronized (lock) {
                        if (upstream == null) {
                            waiting.write(buffer, 0, read);
                        } else {
                            upstream.getOutputStream().write(buffer, 0, read);
                        }
                    }
                }
                synchronized (lock) {
                    closedByClient = upstream == null || !upstream.isClosed();
                }
            } catch (IOException e) {
                closedByClient = !client.isClosed();
            }
            close();
        }

        private void stall() {
            try {
                OutputStream out = client.getOutputStream();
                while (true) {
                    synchronized (lock) {
                        if (released || client.isClosed()) {
                            return;
                        }
                        out.write(STALLING_LINE);
                        out.flush();
                    }
                    Thread.sleep(300);
                }
            } catch (IOException e) {
                closedByClient = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void release() {
            synchronized (lock) {
                if (released || closedByClient || client.isClosed()) {
                    return;
                }
                released = true;
                try {
                    upstream = new Socket(InetAddress.getLoopbackAddress(), mailServerPort);
                    upstream.getOutputStream().write(waiting.toByteArray());
                } catch (IOException e) {
                    close();
                    return;
                }
            }
            daemon("slow-smtp-server", this::readServer);
        }

        private void readServer() {
            try {
                upstream.getInputStream().transferTo(client.getOutputStream());
            } catch (IOException e) {
                // the client went away: close() below ends both sides
            }
            close();
        }

        private void close() {
            synchronized (lock) {
                closeQuietly(client);
                if (upstream != null) {
                    closeQuietly(upstream);
                }
            }
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing what is already gone
            }
        }
    }
}
