/** Who is calling: sign-in with throttling, access and refresh tokens, and the Principal every use case receives. */
package org.mastervoice.auth;
