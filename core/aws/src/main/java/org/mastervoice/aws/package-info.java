/**
 * Adapters from the domain's ports to AWS services (DynamoDB through the enhanced client, SQS), and the
 * definitions of the tables and queues the platform needs. The same code talks to dynalite and ElasticMQ in
 * one-machine mode and to AWS in the cloud; only {@link org.mastervoice.aws.AwsSettings} differs.
 */
package org.mastervoice.aws;
