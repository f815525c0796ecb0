package org.mastervoice.media.sip;

import java.text.ParseException;
import java.util.ListIterator;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import org.mastervoice.security.DigestAuthenticator;
import org.mastervoice.security.DigestHa1;

/**
 * The SIP side of digest authentication, shared by the registrar (Authorization / WWW-Authenticate) and the
 * call router (Proxy-Authorization / Proxy-Authenticate, which extend the former).
 */
public final class DigestHeaders {

    private DigestHeaders() {
    }

    /** The request's Digest credentials for {@code realm} in header {@code name}, or null. */
    public static AuthorizationHeader find(Request request, String name, String realm) {
        for (ListIterator<?> it = request.getHeaders(name); it != null && it.hasNext(); ) {
            AuthorizationHeader h = (AuthorizationHeader) it.next();
            if ("Digest".equalsIgnoreCase(h.getScheme()) && realm.equalsIgnoreCase(h.getParameter("realm"))) {
                return h;
            }
        }
        return null;
    }

    /**
     * Checks the credentials against a device's hashes. The digest must be for this request's URI (RFC 2617
     * section 3.2.2.5), so a captured response cannot be replayed for another request.
     */
    public static DigestAuthenticator.Verdict verify(DigestAuthenticator digest, AuthorizationHeader h, Request request,
                                                     DigestHa1 ha1, String realm) {
        String uri = h.getParameter("uri");
        if (uri == null || !uri.equalsIgnoreCase(request.getRequestURI().toString())) {
            return DigestAuthenticator.Verdict.INVALID;
        }
        return digest.verify(new DigestAuthenticator.Credentials(h.getParameter("username"), h.getParameter("realm"),
                h.getParameter("nonce"), uri, h.getParameter("response"), h.getParameter("algorithm"),
                h.getParameter("qop"), h.getParameter("nc"), h.getParameter("cnonce")), request.getMethod(), ha1, realm);
    }

    /** Fills a 401 or 407 challenge: MD5 (what every client handles first), qop=auth, a fresh nonce. */
    public static <T extends WWWAuthenticateHeader> T challenge(T header, DigestAuthenticator digest, String realm, boolean stale)
            throws ParseException {
        header.setRealm(realm);
        header.setNonce(digest.newNonce(realm));
        header.setAlgorithm("MD5");
        header.setQop("auth");
        if (stale) {
            header.setStale(true);
        }
        return header;
    }
}
