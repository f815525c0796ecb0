/** Commands the control plane sends this node through its SQS queue {@code node-commands-<node id>}. */
package org.mastervoice.media.commands;
