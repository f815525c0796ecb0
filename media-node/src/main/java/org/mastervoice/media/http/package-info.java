/** The node's own HTTP port (Netty): health now; live state (graphql-ws) and SIP over WebSocket later. */
package org.mastervoice.media.http;
