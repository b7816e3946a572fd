package de.thinka.kompass.platform.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Payara's data grid, looked up once. Empty where the server runs without it (Hazelcast switched off): then this
 * instance is alone, runs every job and talks to nobody.
 */
@ApplicationScoped
public class DataGrid {

    static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    private volatile Optional<HazelcastInstance> grid;

    public Optional<HazelcastInstance> instance() {
        Optional<HazelcastInstance> known = grid;
        if (known == null) {
            known = lookup();
            grid = known;
        }
        return known.filter(hz -> hz.getLifecycleService().isRunning());
    }

    /** True when other members share the grid (a deployment group); the DAS of a group counts as one. */
    public boolean hasOtherMembers() {
        return instance().map(hz -> hz.getCluster().getMembers().size() > 1).orElse(false);
    }

    private static Optional<HazelcastInstance> lookup() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            if (found instanceof HazelcastInstance hz) {
                return Optional.of(hz);
            }
            LOG.warning(() -> JNDI_NAME + " is not a Hazelcast instance: this instance works alone");
        } catch (NamingException | RuntimeException absent) {
            LOG.warning(() -> "No data grid at " + JNDI_NAME + " (" + absent.getClass().getSimpleName()
                    + "): this instance works alone");
        }
        return Optional.empty();
    }
}
