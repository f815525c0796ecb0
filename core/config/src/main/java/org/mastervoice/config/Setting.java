package org.mastervoice.config;

import java.util.Locale;
import java.util.Objects;

/**
 * One configurable value: its name in kebab case, what it does, and its default (null when none).
 * The name gives both spellings users see: the flag {@code --name} and the variable {@code MASTERVOICE_NAME}.
 */
public record Setting(String name, String description, String defaultValue) {

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("setting names are kebab case: " + name);
        }
    }

    public String flag() {
        return "--" + name;
    }

    public String environmentVariable() {
        return "MASTERVOICE_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** "--http-port / MASTERVOICE_HTTP_PORT": how error messages name a setting. */
    public String spellings() {
        return flag() + " / " + environmentVariable();
    }
}
