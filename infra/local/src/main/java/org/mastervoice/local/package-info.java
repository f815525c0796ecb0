/**
 * The one-machine platform: checks the ports, starts dynalite (data on disk) and ElasticMQ (in this JVM),
 * creates tables and queues, seeds the demo tenant, runs the functions and one media node as child
 * processes, and stops them all on SIGINT/SIGTERM. Cloud mode replaces all of this with infra/cdk.
 */
package org.mastervoice.local;
