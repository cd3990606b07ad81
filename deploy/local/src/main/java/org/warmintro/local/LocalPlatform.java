package org.warmintro.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine: Kafka, PostgreSQL, the MongoDB-protocol server, GreenMail and the three
 * services, each in the process it would have in production, with their data under one directory.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(180);

    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<QuarkusServiceProcess> services = new ArrayList<>();
    private boolean closed;
    private GreenMailProcess greenMail;
    private MemberTokens tokens;
    private Map<String, String> demoTokens = Map.of();
    private Path instancesFile;

    /** A platform of which nothing runs yet. */
    public LocalPlatform() {
    }

    /**
     * Starts the infrastructure with its data in {@code dataDir} and, unless {@code infrastructureOnly},
     * {@code replicas} instances of each service packaged in {@code repository} (and one of the web app, which talks
     * to the first); returns once every instance reports ready. A {@link #close()} meanwhile, from another thread,
     * stops what has started and makes this fail.
     */
    public void start(Path repository, Path dataDir, boolean infrastructureOnly, int replicas) {
        try {
            startAll(repository, dataDir, infrastructureOnly, replicas);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll(Path repository, Path dataDir, boolean infrastructureOnly, int replicas) {
        step("starting Kafka");
        KafkaBroker kafka = keep(KafkaBroker.start(dataDir.resolve("kafka"), LocalPorts.KAFKA,
                LocalPorts.KAFKA_CONTROLLER, Topics.all()));
        step("starting PostgreSQL");
        PostgresServer postgres = keep(PostgresServer.start(dataDir.resolve("postgres"), LocalPorts.POSTGRES));
        PostgresServer.Database contactsDb = postgres.database("contacts");
        PostgresServer.Database notificationDb = postgres.database("notification");
        step("starting the MongoDB-protocol server");
        MongoProtocolServer mongo = keep(MongoProtocolServer.inFile(dataDir.resolve("mongo/referral.mv"),
                LocalPorts.MONGODB));
        step("starting GreenMail (SMTP)");
        greenMail = keep(GreenMailProcess.start(dataDir.resolve("greenmail"), LocalPorts.SMTP, LocalPorts.MAIL_API));
        tokens = MemberTokens.in(dataDir.resolve("jwt"));
        demoTokens = tokens.writeDemoTokens(dataDir.resolve("tokens"));
        if (infrastructureOnly) {
            return;
        }

        LocalSecrets secrets = LocalSecrets.in(dataDir.resolve("secrets.properties"));
        Map<String, String> commonEnv = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "JWT_ISSUER", MemberTokens.ISSUER,
                "JWT_AUDIENCE", MemberTokens.AUDIENCE,
                "JWT_PUBLIC_KEY_LOCATION", tokens.publicKeyFile().toString(),
                // the web app's pages call the services from the browser
                "CORS_ORIGINS", webUrl());
        Path logs = dataDir.resolve("services");
        // the instances of a service share its database and its Kafka consumer groups, as a Deployment's pods do;
        // the links in emails name the first instance, as they would the address of the pods' load balancer
        startService(repository, "contacts-service", LocalPorts.CONTACTS, replicas, logs,
                merge(commonEnv, databaseEnv(contactsDb)));
        startService(repository, "referral-service", LocalPorts.REFERRAL, replicas, logs, merge(commonEnv, Map.of(
                "MONGODB_CONNECTION_STRING", mongo.connectionString(),
                "MONGODB_DATABASE", "referral",
                "PUBLIC_BASE_URL", "http://localhost:" + LocalPorts.REFERRAL,
                LocalSecrets.INTRO_TOKEN_SECRET, secrets.get(LocalSecrets.INTRO_TOKEN_SECRET))));
        startService(repository, "notification-service", LocalPorts.NOTIFICATION, replicas, logs,
                merge(commonEnv, databaseEnv(notificationDb), Map.of(
                        "PUBLIC_BASE_URL", "http://localhost:" + LocalPorts.NOTIFICATION,
                        LocalSecrets.UNSUBSCRIBE_TOKEN_SECRET, secrets.get(LocalSecrets.UNSUBSCRIBE_TOKEN_SECRET)), Map.of(
                        "SMTP_HOST", "localhost",
                        "SMTP_PORT", Integer.toString(greenMail.smtpPort()),
                        "SMTP_TLS", "false",
                        "SMTP_START_TLS", "DISABLED")));
        startService(repository, "web", LocalPorts.WEB, 1, logs, Map.of(
                "WEB_CONTACTS_URL", "http://localhost:" + LocalPorts.CONTACTS,
                "WEB_REFERRAL_URL", "http://localhost:" + LocalPorts.REFERRAL,
                "WEB_NOTIFICATION_URL", "http://localhost:" + LocalPorts.NOTIFICATION,
                "WEB_DEMO_TOKENS", dataDir.resolve("tokens").toString()));
        instancesFile = ServiceInstances.write(dataDir, services(), kafka);
        // the instances start at once and share the machine's cores: more of them take longer to be ready
        Duration patience = SERVICE_READY_TIMEOUT.multipliedBy(replicas);
        for (QuarkusServiceProcess service : services()) {
            step("waiting until " + service.instanceName() + " is ready");
            service.awaitReady(patience);
        }
    }

    private void startService(Path repository, String name, int port, int replicas, Path dir,
            Map<String, String> environment) {
        for (int replica = 0; replica < replicas; replica++) {
            String instance = replica == 0 ? name : name + " (replica " + replica + ")";
            step("starting " + instance);
            QuarkusServiceProcess service = keep(QuarkusServiceProcess.start(repository, name, replica,
                    LocalPorts.replicaPort(port, replica), dir, environment));
            synchronized (this) {
                services.add(service);
            }
        }
    }

    /** Where a person opens the web app of the local run. */
    public static String webUrl() {
        return "http://localhost:" + LocalPorts.WEB;
    }

    /** Every instance of every service, and the web app, in the order of their start. */
    public synchronized List<QuarkusServiceProcess> services() {
        return List.copyOf(services);
    }

    public String mailApiUrl() {
        return greenMail.apiUrl();
    }

    /** Bearer tokens of the demo members, by member id. */
    public Map<String, String> demoTokens() {
        return demoTokens;
    }

    private static Map<String, String> databaseEnv(PostgresServer.Database database) {
        return Map.of(
                "DB_JDBC_URL", database.jdbcUrl(),
                "DB_USERNAME", database.username(),
                "DB_PASSWORD", database.password());
    }

    @SafeVarargs
    private static Map<String, String> merge(Map<String, String>... parts) {
        Map<String, String> merged = new HashMap<>();
        for (Map<String, String> part : parts) {
            merged.putAll(part);
        }
        return merged;
    }

    private <T extends AutoCloseable> T keep(T resource) {
        synchronized (this) {
            if (!closed) {
                started.add(resource);
                return resource;
            }
        }
        closeQuietly(resource);
        throw new IllegalStateException("The platform was stopped while it started");
    }

    private static void step(String what) {
        System.out.println("  " + what);
    }

    /**
     * Stops the services first, all at once, and waits until each has finished its work and closed its Kafka clients
     * and database connections; then the infrastructure, in the reverse order of its start.
     */
    @Override
    public synchronized void close() {
        closed = true;
        services.forEach(service -> service.process().requestStop());
        for (int i = started.size() - 1; i >= 0; i--) {
            closeQuietly(started.get(i));
        }
        started.clear();
        services.clear();
        if (instancesFile != null) {
            ServiceInstances.delete(instancesFile);
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("Stopping " + resource + " failed: " + e);
        }
    }
}
