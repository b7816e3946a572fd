package de.thinka.kompass.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the benchmark runs against, from system properties (set by the {@code bench} profile in ear/pom.xml):
 * <ul>
 * <li>{@code bench.urls}: the HTTP base URL of every instance, comma-separated (one URL: a single server).
 *     Clients are spread over them; calls that must go through one instance use the first.</li>
 * <li>{@code bench.asadmin}, {@code bench.admin.port}, {@code bench.target}: asadmin of the running domain, its
 *     admin port and the deploy target of the ceiling WAR ({@code server}, or the deployment group).</li>
 * <li>{@code bench.config.targets}: where the benchmark-only system property goes ({@code server}; for a group
 *     its instances' configs, e.g. {@code i1-config,i2-config}).</li>
 * <li>{@code bench.push.clients} (500,2000,5000), {@code bench.push.calls} (50), {@code bench.only} (all parts
 *     when empty: push,booking,queue,outbox,search), {@code bench.database}, {@code bench.mail.api},
 *     {@code bench.mail.imap}, {@code bench.ceiling.war}, {@code bench.report}.</li>
 * </ul>
 */
record BenchConfig(List<String> urls, String asadmin, int adminPort, String target, List<String> configTargets,
                   List<Integer> pushClients, int pushCalls, Set<String> only, String database, String mailApi,
                   int mailImapPort, Path ceilingWar, Path report) {

    static BenchConfig fromSystemProperties() {
        return new BenchConfig(list("bench.urls", "http://localhost:8080").stream().map(u -> u.replaceAll("/+$", "")).toList(),
                System.getProperty("bench.asadmin", "ear/target/payara6/bin/asadmin"),
                Integer.getInteger("bench.admin.port", 4848),
                System.getProperty("bench.target", "server"),
                list("bench.config.targets", "server"),
                list("bench.push.clients", "500,2000,5000").stream().map(Integer::valueOf).toList(),
                Integer.getInteger("bench.push.calls", 50),
                Set.copyOf(list("bench.only", "")),
                System.getProperty("bench.database", "h2"),
                System.getProperty("bench.mail.api", "http://127.0.0.1:18025"),
                Integer.getInteger("bench.mail.imap", 3143),
                Path.of(System.getProperty("bench.ceiling.war", "ear/src/bench/ceiling/target/bench-ceiling.war")),
                Path.of(System.getProperty("bench.report", "docs/benchmarks.md")));
    }

    private static List<String> list(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    boolean runs(String part) {
        return only.isEmpty() || only.contains(part);
    }

    boolean cluster() {
        return urls.size() > 1;
    }

    /** The instance a call or request number i goes to: round robin. */
    String url(int i) {
        return urls.get(Math.floorMod(i, urls.size()));
    }

    /** The instance calls go through. */
    String first() {
        return urls.get(0);
    }

    String databaseName() {
        return "postgresql".equalsIgnoreCase(database) ? "PostgreSQL" : "embedded H2";
    }
}
