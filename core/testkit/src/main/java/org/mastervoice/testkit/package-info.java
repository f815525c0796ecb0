/** Hand-written in-memory fakes, one per domain port, with the same contract as the DynamoDB adapters; and a mutable clock. */
package org.mastervoice.testkit;
