/** SDP (RFC 4566) for audio offer/answer (RFC 3264): just what the B2BUA reads and rewrites. */
package org.mastervoice.media.sdp;
