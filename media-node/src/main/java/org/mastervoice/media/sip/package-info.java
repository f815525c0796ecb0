/**
 * SIP signalling on JAIN-SIP (jain-sip-ri), hidden behind {@link org.mastervoice.media.sip.Signalling}.
 * The stack runs with a re-entrant listener and a bounded thread pool (STACK.md): listeners never block.
 */
package org.mastervoice.media.sip;
