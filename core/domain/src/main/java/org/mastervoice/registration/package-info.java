/**
 * The registrar's rules (RFC 3261 section 10.3): which contacts an address of record has, how REGISTER
 * requests add, refresh and remove them, and the port that persists them. Pure logic: the SIP stack and the
 * store are adapters around it, and the live state stays in memory.
 */
package org.mastervoice.registration;
