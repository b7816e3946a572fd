package de.thinka.kompass.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The benchmark's changes to the running domain, made with its own asadmin and undone at the end: the ceiling
 * WAR (deployed to the benchmark's target) and the client-address header (the booking storm comes from one
 * machine, so each request names its own client address and the per-address limit applies to each).
 */
final class Asadmin {

    private static final Logger LOG = Logger.getLogger(Asadmin.class.getName());
    static final String CEILING = "bench-ceiling";
    private static final String ADDRESS_HEADER = "kompass.http.client-address-header";

    private final BenchConfig config;

    Asadmin(BenchConfig config) {
        this.config = config;
    }

    void setUp() {
        run(true, "deploy", "--force=true", "--target", config.target(), "--name", CEILING, "--contextroot", CEILING,
                config.ceilingWar().toString());
        for (String target : config.configTargets()) {
            run(true, "create-system-properties", "--target", target, ADDRESS_HEADER + "=X-Forwarded-For");
        }
    }

    /** Best effort: reports what it could not undo. */
    void tearDown() {
        for (String target : config.configTargets()) {
            run(false, "delete-system-property", "--target", target, ADDRESS_HEADER);
        }
        run(false, "undeploy", "--target", config.target(), CEILING);
    }

    private void run(boolean required, String... command) {
        List<String> line = new ArrayList<>(List.of(config.asadmin(), "--interactive=false", "--port",
                String.valueOf(config.adminPort())));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).inheritIO().start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroy();
                fail(required, String.join(" ", line) + " failed");
            }
        } catch (IOException e) {
            fail(required, String.join(" ", line) + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(required, "interrupted: " + String.join(" ", line));
        }
    }

    private static void fail(boolean required, String message) {
        if (required) {
            throw new IllegalStateException(message);
        }
        LOG.warning(message);
    }
}
