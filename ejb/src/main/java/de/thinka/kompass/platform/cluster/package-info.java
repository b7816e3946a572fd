/**
 * What several instances of a Payara deployment group share beyond the database, through Payara's own data grid
 * (Hazelcast, JNDI {@code payara/Hazelcast}): messages to the other instances ({@link ClusterMessages}) and the
 * one instance that runs the background jobs ({@link JobLeadership}). A single server is a grid of one and works
 * the same way (decision 0015). Events for every instance implement {@link ClusterWide}; their after-commit
 * observers must not depend on the thread that notifies them: a relayed event is fired inside a call of
 * {@link ClusterEventRelay}, and an observer that needs a resource of this module is a session bean (decision 0017).
 */
package de.thinka.kompass.platform.cluster;
