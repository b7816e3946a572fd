/**
 * What several instances of a Payara deployment group share beyond the database, through Payara's own data grid
 * (Hazelcast, JNDI {@code payara/Hazelcast}): messages to the other instances ({@link ClusterMessages}) and the
 * one instance that runs the background jobs ({@link JobLeadership}). A single server is a grid of one and works
 * the same way (decision 0015).
 */
package de.thinka.kompass.platform.cluster;
