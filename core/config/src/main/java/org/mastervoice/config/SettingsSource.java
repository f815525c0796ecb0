package org.mastervoice.config;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves settings from command-line flags, then environment variables, then the setting's default.
 * Flags are {@code --name value} or {@code --name=value}; anything else on the command line is rejected
 * by {@link #requireOnly(Collection)} so a typo never silently falls back to a default.
 */
public final class SettingsSource {

    private final Map<String, String> flags;
    private final Map<String, String> environment;

    private SettingsSource(Map<String, String> flags, Map<String, String> environment) {
        this.flags = flags;
        this.environment = environment;
    }

    public static SettingsSource of(List<String> args, Map<String, String> environment) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "': settings are --name value");
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                flags.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                flags.put(arg.substring(2), args.get(++i));
            } else {
                throw new IllegalArgumentException("flag " + arg + " needs a value: " + arg + " <value> or " + arg + "=<value>");
            }
        }
        return new SettingsSource(Map.copyOf(flags), Map.copyOf(environment));
    }

    public static SettingsSource ofEnvironment(Map<String, String> environment) {
        return of(List.of(), environment);
    }

    /** The flag's value, else the variable's, else the default; blank values count as unset. */
    public Optional<String> value(Setting setting) {
        String flag = flags.get(setting.name());
        if (flag != null && !flag.isBlank()) {
            return Optional.of(flag.strip());
        }
        String env = environment.get(setting.environmentVariable());
        if (env != null && !env.isBlank()) {
            return Optional.of(env.strip());
        }
        return Optional.ofNullable(setting.defaultValue());
    }

    /** The value, or an {@link InvalidSettingException} that says how to give one. */
    public String required(Setting setting) {
        return value(setting).orElseThrow(() -> new InvalidSettingException(setting, null, "no value given",
                "pass " + setting.flag() + " <value> or set " + setting.environmentVariable()));
    }

    /** Fails on a flag that names none of {@code known}, listing the accepted ones. */
    public SettingsSource requireOnly(Collection<Setting> known) {
        Set<String> names = known.stream().map(Setting::name).collect(Collectors.toSet());
        for (String given : flags.keySet()) {
            if (!names.contains(given)) {
                throw new IllegalArgumentException("unknown flag --" + given + "; known flags: "
                        + known.stream().map(Setting::flag).sorted().collect(Collectors.joining(", ")));
            }
        }
        return this;
    }
}
