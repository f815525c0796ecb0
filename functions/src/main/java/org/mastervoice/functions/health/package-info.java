/** Liveness and readiness of the functions: the process answers and reaches the registry table. */
package org.mastervoice.functions.health;
