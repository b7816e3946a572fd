package de.thinka.kompass.platform.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which instance of the cluster runs the background jobs (reminders, no-shows, outbox, reply mailbox, day closing,
 * retention, calendar lock days): the one whose thread holds the lock {@value #LOCK} of Payara's data grid. The
 * timers of every instance fire; a job returns at once where {@link #isLeader()} is false. The grid releases the
 * lock of an instance that dies, and another instance's waiting thread takes it within about a second (decision
 * 0015). Row locks in the database stay as the backstop (outbox, reminders, queue). Alone, this instance leads.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobLeadership {

    static final String LOCK = "jobs-leader";
    private static final Logger LOG = Logger.getLogger(JobLeadership.class.getName());

    @Inject
    DataGrid grid;

    @Resource
    ManagedThreadFactory threads;

    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean leader;
    private volatile boolean alone;
    private Thread holder;

    @PostConstruct
    void start() {
        Optional<HazelcastInstance> hz = grid.instance();
        if (hz.isEmpty()) {
            alone = true;
            leader = true;
            return;
        }
        holder = threads.newThread(() -> holdLock(hz.get()));
        holder.setName("kompass-job-leadership");
        holder.start();
    }

    /** True on the one instance that runs the background jobs now. */
    public boolean isLeader() {
        return leader;
    }

    /** For the metric and the operators' guide: this instance's name in the deployment group. */
    public String instanceName() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }

    /** Waits for the grid-wide lock, holds it until this application stops, and releases it from the same thread. */
    private void holdLock(HazelcastInstance hz) {
        IMap<String, String> locks = hz.getMap("kompass.locks");
        try {
            while (stopping.getCount() > 0) {
                if (locks.tryLock(LOCK, 1, TimeUnit.SECONDS)) {
                    leader = true;
                    LOG.info(() -> "Background jobs run on this instance (" + instanceName() + ")");
                    try {
                        stopping.await();
                    } finally {
                        leader = false;
                        locks.unlock(LOCK);
                    }
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException gridStopped) {
            // the server is going down; the grid releases the lock of a member that leaves
            leader = false;
            LOG.log(Level.FINE, "job leadership ended with the data grid", gridStopped);
        }
    }

    @PreDestroy
    void stop() {
        stopping.countDown();
        if (holder != null) {
            try {
                holder.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        leader = alone;
    }
}
