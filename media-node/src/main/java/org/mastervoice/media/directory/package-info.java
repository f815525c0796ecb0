/** The node's read-through cache of the tenant registry: SIP paths read it, never the store directly. */
package org.mastervoice.media.directory;
