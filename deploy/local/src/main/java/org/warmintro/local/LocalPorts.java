package org.warmintro.local;

/**
 * The ports of the local run, as the README lists them. {@code WARMINTRO_PORT_OFFSET} (or the system property
 * {@code warmintro.port-offset}) adds the same number to each, so that two local runs, or a local run and the
 * end-to-end tests, can share one machine.
 */
public final class LocalPorts {

    public static final int OFFSET = offset();
    public static final int WEB = 8080 + OFFSET;
    public static final int CONTACTS = 8081 + OFFSET;
    public static final int REFERRAL = 8082 + OFFSET;
    public static final int NOTIFICATION = 8083 + OFFSET;
    public static final int KAFKA = 9092 + OFFSET;
    public static final int KAFKA_CONTROLLER = 9093 + OFFSET;
    public static final int POSTGRES = 5432 + OFFSET;
    public static final int MONGODB = 27017 + OFFSET;
    public static final int SMTP = 3025 + OFFSET;
    public static final int MAIL_API = 8025 + OFFSET;
    /** How many instances of each service {@code --replicas} may start: their ports stay clear of every other. */
    public static final int MAX_REPLICAS = 10;

    private LocalPorts() {
    }

    /**
     * The port of instance {@code replica} (from 0) of the service whose documented port is {@code port}: 10 more for
     * each, so 8091, 8101, ... for contacts-service. Below {@link #MAX_REPLICAS} they end in 91 to 93, 01 to 73: never
     * on another port of the same run, nor of another run whose offset differs from its own by 100 to 900.
     */
    public static int replicaPort(int port, int replica) {
        if (replica < 0 || replica >= MAX_REPLICAS) {
            throw new IllegalArgumentException("replica must be between 0 and " + (MAX_REPLICAS - 1) + ": " + replica);
        }
        return port + 10 * replica;
    }

    private static int offset() {
        String value = System.getProperty("warmintro.port-offset", System.getenv("WARMINTRO_PORT_OFFSET"));
        if (value == null || value.isBlank()) {
            return 0;
        }
        int offset = Integer.parseInt(value.strip());
        if (offset < 0 || offset > 20000) {
            throw new IllegalArgumentException("WARMINTRO_PORT_OFFSET must be between 0 and 20000: " + offset);
        }
        return offset;
    }
}
