/** People and endpoints of a tenant: users (sign-in, role, language), extensions, devices and their SIP credentials. */
package org.mastervoice.directory;
