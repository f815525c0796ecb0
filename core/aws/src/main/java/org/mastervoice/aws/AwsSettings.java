package org.mastervoice.aws;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.mastervoice.config.Setting;
import org.mastervoice.config.SettingValues;
import org.mastervoice.config.SettingsSource;

/**
 * Where the process finds DynamoDB and SQS. Endpoints are set in one-machine mode (dynalite, ElasticMQ) and
 * left empty in the cloud, where the SDK's regional endpoints and default credentials apply.
 */
public record AwsSettings(Optional<URI> dynamodbEndpoint, Optional<URI> sqsEndpoint, String region, String resourcePrefix) {

    public static final Setting DYNAMODB_ENDPOINT = new Setting("dynamodb-endpoint",
            "DynamoDB endpoint URL (dynalite locally); empty = AWS", null);
    public static final Setting SQS_ENDPOINT = new Setting("sqs-endpoint",
            "SQS endpoint URL (ElasticMQ locally); empty = AWS", null);
    public static final Setting REGION = new Setting("aws-region", "AWS region", "eu-south-1");
    public static final Setting RESOURCE_PREFIX = new Setting("resource-prefix",
            "prefix of table and queue names, to run several installations on one account", "");

    public static final List<Setting> ALL = List.of(DYNAMODB_ENDPOINT, SQS_ENDPOINT, REGION, RESOURCE_PREFIX);

    public AwsSettings {
        if (!resourcePrefix.isEmpty() && !resourcePrefix.matches("[a-z0-9-]{1,30}")) {
            throw new IllegalArgumentException("resource prefix must be 1-30 lower-case letters, digits or dashes");
        }
    }

    public static AwsSettings from(SettingsSource source) {
        String prefix = source.value(RESOURCE_PREFIX).orElse("");
        return new AwsSettings(
                source.value(DYNAMODB_ENDPOINT).map(v -> SettingValues.httpUrl(DYNAMODB_ENDPOINT, v)),
                source.value(SQS_ENDPOINT).map(v -> SettingValues.httpUrl(SQS_ENDPOINT, v)),
                source.required(REGION),
                prefix.isEmpty() ? "" : SettingValues.identifier(RESOURCE_PREFIX, prefix));
    }

    /** Settings for a local endpoint pair, as the launcher and tests use them. */
    public static AwsSettings local(URI dynamodb, URI sqs, String resourcePrefix) {
        return new AwsSettings(Optional.of(dynamodb), Optional.of(sqs), "eu-south-1", resourcePrefix);
    }

    /** The name a table or queue gets in this installation. */
    public String name(String base) {
        return resourcePrefix.isEmpty() ? base : resourcePrefix + "-" + base;
    }
}
