/** What people can dial besides extensions: short numbers (speed dials shared by the tenant). */
package org.mastervoice.dialplan;
