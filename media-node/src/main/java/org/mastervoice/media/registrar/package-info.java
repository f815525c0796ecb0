/**
 * The registrar on the SIP stack: tenant by domain, digest challenge and check, REGISTER to the in-memory
 * {@link org.mastervoice.registration.LocationService}, and background persistence of the bindings.
 */
package org.mastervoice.media.registrar;
