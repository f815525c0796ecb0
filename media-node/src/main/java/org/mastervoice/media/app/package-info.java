/** Start-up of a media node: settings, port checks, SIP and HTTP servers, orderly shutdown. */
package org.mastervoice.media.app;
