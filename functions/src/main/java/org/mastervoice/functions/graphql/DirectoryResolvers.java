package org.mastervoice.functions.graphql;

import static org.mastervoice.functions.graphql.ApiSchema.authenticated;
import static org.mastervoice.functions.graphql.ApiSchema.principal;

import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import org.mastervoice.auth.Principal;
import org.mastervoice.directory.Contact;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.Language;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.UserId;
import org.mastervoice.provisioning.AddressBook;
import org.mastervoice.provisioning.Extensions;
import org.mastervoice.provisioning.Tenants;
import org.mastervoice.provisioning.Users;

/** Users, extensions, devices, groups, contacts and short numbers of the caller's tenant. */
final class DirectoryResolvers {

    private final ControlPlane cp;

    DirectoryResolvers(ControlPlane cp) {
        this.cp = cp;
    }

    void register(RuntimeWiring.Builder wiring) {
        wiring.type("Query", q -> q
                .dataFetcher("users", authenticated((p, env) -> Views.connection(cp.users().list(p, Args.page(env)), Views::user)))
                .dataFetcher("user", authenticated((p, env) -> Views.user(cp.users().find(p, userId(env.getArgument("id"), "id")))))
                .dataFetcher("extensions", authenticated((p, env) -> Views.connection(cp.extensions().list(p, Args.page(env)), e -> e)))
                .dataFetcher("extension", authenticated((p, env) -> cp.extensions().find(p, env.getArgument("number"))))
                .dataFetcher("groups", authenticated((p, env) -> Views.connection(cp.addressBook().groups(p, Args.page(env)), Views::group)))
                .dataFetcher("group", authenticated((p, env) -> Views.group(cp.addressBook().group(p, env.getArgument("id")))))
                .dataFetcher("contacts", authenticated((p, env) ->
                        Views.connection(cp.addressBook().contacts(p, env.getArgument("search"), Args.page(env)), Views::contact)))
                .dataFetcher("contact", authenticated((p, env) -> Views.contact(cp.addressBook().contact(p, env.getArgument("id")))))
                .dataFetcher("shortNumbers", authenticated((p, env) ->
                        Views.connection(cp.addressBook().shortNumbers(p, Args.page(env)), Views::shortNumber))));

        // Extension is served from the domain record; owner and devices are resolved with the caller's rights
        wiring.type("Extension", t -> t
                .dataFetcher("owner", env -> {
                    Extension e = env.getSource();
                    return e.ownerId().map(id -> Views.user(cp.users().directoryEntry(principal(env), id))).orElse(null);
                })
                .dataFetcher("devices", env -> cp.extensions().devices(principal(env), env.getSource()).stream().map(Views::device).toList()));

        wiring.type("Mutation", m -> m
                .dataFetcher("createUser", authenticated((p, env) -> {
                    Map<String, Object> in = Args.input(env);
                    return Views.user(cp.users().create(p, new Users.NewUser(Args.string(in, "login"), Args.string(in, "displayName"),
                            Args.enumValue(in, "role", Role.class), Args.enumValue(in, "language", Language.class), Args.string(in, "password"))));
                }))
                .dataFetcher("updateUser", authenticated((p, env) -> {
                    Map<String, Object> in = Args.input(env);
                    UserId id = userId(env.getArgument("id"), "id");
                    Map<String, Object> updated = Views.user(cp.users().update(p, id, new Users.UserChanges(Args.string(in, "login"),
                            Args.string(in, "displayName"), Args.enumValue(in, "role", Role.class), Args.enumValue(in, "language", Language.class))));
                    cp.activeTenants().forget(id);
                    return updated;
                }))
                .dataFetcher("deleteUser", authenticated((p, env) -> {
                    UserId id = cp.users().delete(p, userId(env.getArgument("id"), "id"));
                    cp.activeTenants().forget(id);
                    return id.value();
                }))
                .dataFetcher("createExtension", authenticated((p, env) -> {
                    Map<String, Object> in = Args.input(env);
                    return cp.extensions().create(p, new Extensions.NewExtension(Args.string(in, "number"), Args.string(in, "callerIdName"),
                            Args.string(in, "callerIdNumber"), Args.string(in, "classOfService"), userId(Args.string(in, "ownerId"), "ownerId")));
                }))
                .dataFetcher("updateExtension", authenticated((p, env) -> {
                    Map<String, Object> in = Args.input(env);
                    return cp.extensions().update(p, env.getArgument("number"), new Extensions.ExtensionChanges(
                            Args.string(in, "callerIdName"), Args.string(in, "callerIdNumber"), Args.string(in, "classOfService"),
                            userId(Args.string(in, "ownerId"), "ownerId"), Boolean.TRUE.equals(in.get("clearOwner"))));
                }))
                .dataFetcher("deleteExtension", authenticated((p, env) -> cp.extensions().delete(p, env.getArgument("number"))))
                .dataFetcher("createDevice", authenticated((p, env) -> {
                    Map<String, Object> in = Args.input(env);
                    return credentials(p, cp.extensions().createDevice(p, Args.string(in, "extensionNumber"), Args.string(in, "label")));
                }))
                .dataFetcher("updateDevice", authenticated((p, env) ->
                        Views.device(cp.extensions().updateDevice(p, env.getArgument("username"), Args.string(Args.input(env), "label")))))
                .dataFetcher("deleteDevice", authenticated((p, env) -> cp.extensions().deleteDevice(p, env.getArgument("username"))))
                .dataFetcher("resetDevicePassword", authenticated((p, env) ->
                        credentials(p, cp.extensions().resetDevicePassword(p, env.getArgument("username")))))
                .dataFetcher("createGroup", authenticated((p, env) -> {
                    Map<String, Object> in = Args.input(env);
                    return Views.group(cp.addressBook().createGroup(p, Args.string(in, "name"), Args.strings(in, "members")));
                }))
                .dataFetcher("updateGroup", authenticated((p, env) -> {
                    Map<String, Object> in = Args.input(env);
                    return Views.group(cp.addressBook().updateGroup(p, env.getArgument("id"), Args.string(in, "name"), Args.strings(in, "members")));
                }))
                .dataFetcher("deleteGroup", authenticated((p, env) -> cp.addressBook().deleteGroup(p, env.getArgument("id"))))
                .dataFetcher("createContact", authenticated((p, env) -> Views.contact(cp.addressBook().createContact(p, contact(Args.input(env))))))
                .dataFetcher("updateContact", authenticated((p, env) ->
                        Views.contact(cp.addressBook().updateContact(p, env.getArgument("id"), contact(Args.input(env))))))
                .dataFetcher("deleteContact", authenticated((p, env) -> cp.addressBook().deleteContact(p, env.getArgument("id"))))
                .dataFetcher("createShortNumber", authenticated((p, env) -> {
                    Map<String, Object> in = Args.input(env);
                    return Views.shortNumber(cp.addressBook().createShortNumber(p, Args.string(in, "code"), Args.string(in, "number"),
                            Args.string(in, "label")));
                }))
                .dataFetcher("updateShortNumber", authenticated((p, env) -> {
                    Map<String, Object> in = Args.input(env);
                    return Views.shortNumber(cp.addressBook().updateShortNumber(p, env.getArgument("code"), Args.string(in, "number"),
                            Args.string(in, "label")));
                }))
                .dataFetcher("deleteShortNumber", authenticated((p, env) -> cp.addressBook().deleteShortNumber(p, env.getArgument("code")))));
    }

    private Map<String, Object> credentials(Principal p, Extensions.DeviceWithSecret created) {
        return Map.of("device", Views.device(created.device()), "secret", created.secret(),
                "sipDomain", cp.tenants().current(p).sipDomain().value());
    }

    @SuppressWarnings("unchecked")
    private static AddressBook.ContactInput contact(Map<String, Object> in) {
        List<Map<String, Object>> numbers = (List<Map<String, Object>>) in.get("numbers");
        return new AddressBook.ContactInput(Args.string(in, "name"), Args.string(in, "company"), numbers == null ? null
                : numbers.stream().map(n -> new Contact.ContactNumber((String) n.get("label"), (String) n.get("number"))).toList());
    }

    private static UserId userId(String id, String field) {
        return id == null ? null : Tenants.field(field, () -> new UserId(id));
    }
}
