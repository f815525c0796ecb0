/** Local stand-ins for AWS services that run as separate processes: dynalite (DynamoDB API on LevelDB, via Node). */
package org.mastervoice.aws.local;
