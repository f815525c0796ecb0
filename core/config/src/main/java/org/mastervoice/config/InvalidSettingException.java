package org.mastervoice.config;

/**
 * A setting whose value cannot be used. The message names the setting in both spellings, the value, the
 * problem and the fix, so a user can correct it without reading code. Launchers exit with
 * {@link #EXIT_CODE} on it.
 */
public final class InvalidSettingException extends RuntimeException {

    /** The exit code of a process that stops on a bad setting (a usage error, as with sysexits' EX_USAGE family). */
    public static final int EXIT_CODE = 2;

    private final transient Setting setting;

    public InvalidSettingException(Setting setting, String value, String problem, String fix) {
        super(setting.spellings() + (value == null ? "" : " = '" + value + "'") + ": " + problem + "; " + fix);
        this.setting = setting;
    }

    public Setting setting() {
        return setting;
    }
}
