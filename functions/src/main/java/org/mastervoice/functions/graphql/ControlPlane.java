package org.mastervoice.functions.graphql;

import org.mastervoice.auth.AccessTokens;
import org.mastervoice.auth.SignIn;
import org.mastervoice.provisioning.AddressBook;
import org.mastervoice.provisioning.Extensions;
import org.mastervoice.provisioning.Tenants;
import org.mastervoice.provisioning.Users;

/** The use cases the API exposes, wired once per process (or Lambda container). */
public record ControlPlane(SignIn signIn, AccessTokens tokens, Tenants tenants, Users users, Extensions extensions,
                           AddressBook addressBook, ActiveTenants activeTenants) {
}
