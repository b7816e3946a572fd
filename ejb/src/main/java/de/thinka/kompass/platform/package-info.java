/**
 * The few cross-cutting pieces every feature uses: the injected {@link java.time.Clock}, the
 * {@link de.thinka.kompass.platform.boundary.BusinessException} family, and the start-up of the database
 * (Flyway migrations). Kept deliberately tiny: business rules belong to their feature.
 */
package de.thinka.kompass.platform;
