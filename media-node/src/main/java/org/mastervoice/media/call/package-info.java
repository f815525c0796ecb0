/**
 * Calls through the B2BUA (DESIGN.md section 6): each call has an A leg (the caller's dialog with the node) and
 * one B leg per forked contact (the node's dialogs with the callee's devices), its own virtual thread, and a
 * mailbox through which the SIP stack delivers what happens to its legs. Media is anchored in a
 * {@link org.mastervoice.media.rtp.MediaRelay}.
 */
package org.mastervoice.media.call;
