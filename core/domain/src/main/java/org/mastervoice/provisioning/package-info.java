/**
 * The control plane's use cases: what an admin, operator or user may create, change, read and delete. Every
 * method takes the verified {@link org.mastervoice.auth.Principal}, checks its role, and scopes all access to
 * the principal's tenant, so a caller can never name another tenant's objects.
 */
package org.mastervoice.provisioning;
