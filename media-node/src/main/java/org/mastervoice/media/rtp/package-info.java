/**
 * Anchored RTP: every call leg's media ends on the node. A relay owns an RTP/RTCP port pair per side, latches
 * to where each side's packets really come from (symmetric RTP, the NAT fix), and forwards to the other side.
 */
package org.mastervoice.media.rtp;
