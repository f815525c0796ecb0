/** What happens to a call, as events other parts consume (CDRs, webhooks, statistics), and the port that publishes them. */
package org.mastervoice.call;
