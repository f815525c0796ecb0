package org.mastervoice.local;

import java.util.List;

/**
 * What a new user needs to try the platform: the demo tenant's SIP domain and server, the admin and
 * platform-admin sign-ins, and each demo extension's SIP credentials. Written to
 * {@code <data-dir>/demo-credentials.json} (mode 0600); the secrets exist nowhere else in clear.
 */
public record DemoCredentials(String tenant, String sipDomain, String sipHost, int sipPort, String graphqlUrl,
                              Account admin, Account platformAdmin, List<ExtensionAccount> extensions) {

    /** A web/API sign-in. */
    public record Account(String login, String password) {
    }

    /** A SIP device account: register as {@code sip:<username>@<sipDomain>}, dial by {@code number}. */
    public record ExtensionAccount(String number, String username, String password) {
    }

    /** The same secrets, pointed at where the platform listens now (ports may change between starts). */
    public DemoCredentials at(String sipHost, int sipPort, String graphqlUrl) {
        return new DemoCredentials(tenant, sipDomain, sipHost, sipPort, graphqlUrl, admin, platformAdmin, extensions);
    }
}
