package org.mastervoice.functions.graphql;

import static org.mastervoice.functions.graphql.ApiSchema.authenticated;

import graphql.schema.idl.RuntimeWiring;
import java.util.Map;
import org.mastervoice.provisioning.Tenants;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStatus;

/** tenant, tenants and the platform admin's tenant mutations. */
final class TenantResolvers {

    private final ControlPlane cp;

    TenantResolvers(ControlPlane cp) {
        this.cp = cp;
    }

    void register(RuntimeWiring.Builder wiring) {
        wiring.type("Query", q -> q
                .dataFetcher("tenant", authenticated((p, env) -> Views.tenant(cp.tenants().current(p))))
                .dataFetcher("tenants", authenticated((p, env) ->
                        Views.connection(cp.tenants().list(p, Args.page(env)), Views::tenant))));
        wiring.type("Mutation", m -> m
                .dataFetcher("createTenant", authenticated((p, env) -> {
                    Map<String, Object> in = Args.input(env);
                    return Views.tenant(cp.tenants().create(p, new Tenants.NewTenant(Args.string(in, "id"),
                            Args.string(in, "name"), Args.string(in, "sipDomain"), Args.range(in, "extensionRange"),
                            Args.limits(in, "limits"), Args.string(in, "adminLogin"), Args.string(in, "adminName"),
                            Args.string(in, "adminPassword"))));
                }))
                .dataFetcher("updateTenant", authenticated((p, env) -> {
                    Map<String, Object> in = Args.input(env);
                    TenantId id = tenantId(env.getArgument("id"));
                    Map<String, Object> updated = Views.tenant(cp.tenants().update(p, id, new Tenants.TenantChanges(
                            Args.string(in, "name"), Args.enumValue(in, "status", TenantStatus.class),
                            Args.range(in, "extensionRange"), Args.limits(in, "limits"))));
                    cp.activeTenants().forget(id);
                    return updated;
                }))
                .dataFetcher("deleteTenant", authenticated((p, env) -> {
                    TenantId id = cp.tenants().delete(p, tenantId(env.getArgument("id")));
                    cp.activeTenants().forget(id);
                    return id.value();
                })));
    }

    private static TenantId tenantId(String id) {
        return Tenants.field("id", () -> new TenantId(id));
    }
}
