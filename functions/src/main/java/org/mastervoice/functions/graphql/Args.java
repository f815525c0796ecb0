package org.mastervoice.functions.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import org.mastervoice.common.PageRequest;
import org.mastervoice.common.ValidationException;
import org.mastervoice.tenant.NumberRange;
import org.mastervoice.tenant.TenantLimits;

/** Reads typed arguments; an argument that breaks a rule becomes a VALIDATION error naming its path. */
final class Args {

    private Args() {
    }

    static PageRequest page(DataFetchingEnvironment env) {
        Integer first = env.getArgument("first");
        try {
            return new PageRequest(first == null ? 20 : first, env.getArgument("after"));
        } catch (ValidationException e) {
            throw new ValidationException(e.field(), e.getMessage());
        }
    }

    static Map<String, Object> input(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        return input == null ? Map.of() : input;
    }

    static String string(Map<String, Object> input, String name) {
        return (String) input.get(name);
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> input, String name) {
        return (List<String>) input.get(name);
    }

    @SuppressWarnings("unchecked")
    static NumberRange range(Map<String, Object> input, String name) {
        Map<String, Object> r = (Map<String, Object>) input.get(name);
        return r == null ? null : new NumberRange((Integer) r.get("first"), (Integer) r.get("last"));
    }

    @SuppressWarnings("unchecked")
    static TenantLimits limits(Map<String, Object> input, String name) {
        Map<String, Object> l = (Map<String, Object>) input.get(name);
        return l == null ? null : new TenantLimits((Integer) l.get("maxExtensions"), (Integer) l.get("maxConcurrentCalls"));
    }

    static <E extends Enum<E>> E enumValue(Map<String, Object> input, String name, Class<E> type) {
        Object value = input.get(name);
        return value == null ? null : Enum.valueOf(type, value.toString());
    }
}
