/** Wiring of the functions web process (local mode): settings, beans, static web app. No business logic here. */
package org.mastervoice.functions.app;
