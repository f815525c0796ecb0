/** Errors every use case shares: a rule broken by input, a uniqueness conflict, a missing item. Each names its field. */
package org.mastervoice.common;
