package org.warmintro.benchmarks.pipeline;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** The resident size of each service of the local run, found by the port it listens on. */
final class ServiceMemory {

    static final double AT_REST_TARGET_MB = 250;
    static final double UNDER_LOAD_TARGET_MB = 350;

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, OptionalDouble> atRest = new LinkedHashMap<>();
    private final Map<String, OptionalDouble> afterLoad = new LinkedHashMap<>();

    ServiceMemory(PipelineOptions options) {
        ports.put("contacts-service", URI.create(options.contactsUrl()).getPort());
        ports.put("referral-service", URI.create(options.referralUrl()).getPort());
        ports.put("notification-service", URI.create(options.notificationUrl()).getPort());
    }

    /** Each service's JVM options, as its process was started (the heap and collector weigh on every figure). */
    String jvmOptions() {
        StringBuilder text = new StringBuilder();
        ports.forEach((service, port) -> {
            java.util.OptionalLong pid = ResidentMemory.listenerOf(port);
            String options = pid.isPresent() ? ResidentMemory.jvmOptions(pid.getAsLong()) : "not found";
            text.append(text.isEmpty() ? "" : "; ").append(service).append(": ").append(options);
        });
        return text.toString();
    }

    void atRest() {
        ports.forEach((service, port) -> atRest.put(service, ResidentMemory.ofListener(port)));
        System.out.println("  RSS at rest: " + atRest);
    }

    void afterLoad() {
        ports.forEach((service, port) -> afterLoad.put(service, ResidentMemory.ofListener(port)));
        System.out.println("  RSS after the load: " + afterLoad);
    }

    void figures(ResultTable table, Ceilings ceilings) {
        atRest.forEach((service, rss) -> table.add(figure(service + " RSS at rest", rss, AT_REST_TARGET_MB,
                ceilings.bareRssAtRest(), "bare Quarkus at rest")));
        afterLoad.forEach((service, rss) -> table.add(figure(service + " RSS after the load", rss,
                UNDER_LOAD_TARGET_MB, ceilings.bareRssAfterLoad(), "bare Quarkus after its load")));
    }

    private static Figure figure(String name, OptionalDouble rss, double target, OptionalDouble ceiling,
            String ceilingName) {
        Figure figure = rss.isPresent() ? Figure.of(name, Kind.MEGABYTES, rss.getAsDouble(), target)
                : Figure.failed(name, Kind.MEGABYTES, target, "no process listens on its port");
        return ceiling.isPresent() ? figure.against(ceiling.getAsDouble(), ceilingName) : figure;
    }
}
