package org.mastervoice.functions.graphql;

import static org.mastervoice.functions.graphql.ApiSchema.authenticated;

import graphql.schema.idl.RuntimeWiring;
import java.util.Map;
import org.mastervoice.auth.Session;

/** login, refreshToken, logout, changePassword and me. */
final class AuthResolvers {

    private final ControlPlane cp;

    AuthResolvers(ControlPlane cp) {
        this.cp = cp;
    }

    void register(RuntimeWiring.Builder wiring) {
        wiring.type("Query", q -> q.dataFetcher("me", authenticated((p, env) -> Views.user(cp.users().me(p)))));
        wiring.type("Mutation", m -> m
                .dataFetcher("login", env -> session(cp.signIn().login(env.getArgument("login"), env.getArgument("password"))))
                .dataFetcher("refreshToken", env -> session(cp.signIn().refresh(env.getArgument("refreshToken"))))
                .dataFetcher("logout", env -> {
                    cp.signIn().logout(env.getArgument("refreshToken"));
                    return true;
                })
                .dataFetcher("changePassword", authenticated((p, env) -> {
                    cp.signIn().changePassword(p, env.getArgument("currentPassword"), env.getArgument("newPassword"));
                    return true;
                })));
    }

    private static Map<String, Object> session(Session s) {
        return Map.of("accessToken", s.accessToken(), "accessTokenExpiresAt", s.accessTokenExpiresAt().toString(),
                "refreshToken", s.refreshToken(), "user", Views.user(s.user()));
    }
}
