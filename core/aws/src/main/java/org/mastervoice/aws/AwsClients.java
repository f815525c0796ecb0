package org.mastervoice.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the SDK clients from {@link AwsSettings}. The URL-connection HTTP client keeps start-up short (it is
 * the SDK's lightest, which matters for Lambda cold starts). Local endpoints get fixed placeholder
 * credentials: dynalite and ElasticMQ accept any signature, and no real key ever needs to be on the machine.
 */
public final class AwsClients implements AutoCloseable {

    private static final AwsCredentialsProvider LOCAL_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private final SdkHttpClient http = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(2))
            .socketTimeout(Duration.ofSeconds(10))
            .build();
    private final DynamoDbClient dynamoDb;
    private final SqsClient sqs;

    public AwsClients(AwsSettings settings) {
        Region region = Region.of(settings.region());
        this.dynamoDb = DynamoDbClient.builder().httpClient(http).region(region)
                .credentialsProvider(credentials(settings.dynamodbEndpoint()))
                .applyMutation(b -> settings.dynamodbEndpoint().ifPresent(b::endpointOverride))
                .build();
        this.sqs = SqsClient.builder().httpClient(http).region(region)
                .credentialsProvider(credentials(settings.sqsEndpoint()))
                .applyMutation(b -> settings.sqsEndpoint().ifPresent(b::endpointOverride))
                .build();
    }

    private static AwsCredentialsProvider credentials(Optional<URI> endpoint) {
        return endpoint.isPresent() ? LOCAL_CREDENTIALS : DefaultCredentialsProvider.builder().build();
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public SqsClient sqs() {
        return sqs;
    }

    @Override
    public void close() {
        dynamoDb.close();
        sqs.close();
        http.close();
    }
}
