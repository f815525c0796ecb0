/** Credentials: SIP digest hashes (RFC 2617/7616/8760) and generated secrets. */
package org.mastervoice.security;
