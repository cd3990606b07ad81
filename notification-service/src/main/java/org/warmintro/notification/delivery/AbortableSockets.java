package org.warmintro.notification.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * The sockets of one SMTP exchange, made through the factories Jakarta Mail is given, so that another thread can
 * abort the exchange: closing them ends whatever read or write it is blocked in, and a socket made afterwards is
 * closed at once. Jakarta Mail's own timeouts bound each read and write, not the whole exchange.
 */
final class AbortableSockets {

    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean aborted;

    /** For a plain connection, which STARTTLS may then wrap. */
    SocketFactory plain() {
        SocketFactory delegate = SocketFactory.getDefault();
        return new SocketFactory() {

            @Override
            public Socket createSocket() throws IOException {
                return track(delegate.createSocket());
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return track(delegate.createSocket(host, port));
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
                    throws IOException {
                return track(delegate.createSocket(host, port, localHost, localPort));
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return track(delegate.createSocket(host, port));
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                    throws IOException {
                return track(delegate.createSocket(address, port, localAddress, localPort));
            }
        };
    }

    /** For TLS from the first byte, and for the TLS layer STARTTLS puts over a plain connection. */
    SSLSocketFactory tls() {
        SSLSocketFactory delegate = (SSLSocketFactory) SSLSocketFactory.getDefault();
        return new SSLSocketFactory() {

            @Override
            public String[] getDefaultCipherSuites() {
                return delegate.getDefaultCipherSuites();
            }

            @Override
            public String[] getSupportedCipherSuites() {
                return delegate.getSupportedCipherSuites();
            }

            @Override
            public Socket createSocket() throws IOException {
                return track(delegate.createSocket());
            }

            @Override
            public Socket createSocket(Socket plain, String host, int port, boolean autoClose) throws IOException {
                return track(delegate.createSocket(plain, host, port, autoClose));
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return track(delegate.createSocket(host, port));
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
                    throws IOException {
                return track(delegate.createSocket(host, port, localHost, localPort));
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return track(delegate.createSocket(host, port));
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                    throws IOException {
                return track(delegate.createSocket(address, port, localAddress, localPort));
            }
        };
    }

    /** Closes every socket of the exchange, and any it makes from now on. */
    void abort() {
        aborted = true;
        sockets.forEach(AbortableSockets::closeQuietly);
    }

    boolean aborted() {
        return aborted;
    }

    private Socket track(Socket socket) {
        sockets.add(socket);
        if (aborted) {
            closeQuietly(socket);
        }
        return socket;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do about it: the exchange fails either way
        }
    }
}
