/** Tenants (companies) and their identity in SIP: id, SIP domain, status, numbering plan, limits; the TenantStore port. */
package org.mastervoice.tenant;
