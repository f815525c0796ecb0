/**
 * Typed settings for every process: a {@link org.mastervoice.config.Setting} names one value (flag
 * {@code --http-port}, variable {@code MASTERVOICE_HTTP_PORT}, default next to the code that uses it),
 * a {@link org.mastervoice.config.SettingsSource} resolves it (flag, then environment, then default), and
 * {@link org.mastervoice.config.SettingValues} turns the text into a validated value or an
 * {@link org.mastervoice.config.InvalidSettingException} that names the setting and the fix.
 * Each process builds its own settings records once at start-up and passes them by constructor.
 */
package org.mastervoice.config;
