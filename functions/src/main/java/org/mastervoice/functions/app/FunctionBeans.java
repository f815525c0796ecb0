package org.mastervoice.functions.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mastervoice.auth.AccessTokens;
import org.mastervoice.auth.SignIn;
import org.mastervoice.aws.AwsClients;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.registry.DynamoDbContactStore;
import org.mastervoice.aws.registry.DynamoDbExtensionStore;
import org.mastervoice.aws.registry.DynamoDbGroupStore;
import org.mastervoice.aws.registry.DynamoDbShortNumberStore;
import org.mastervoice.aws.registry.DynamoDbSignInStores;
import org.mastervoice.aws.registry.DynamoDbTenantStore;
import org.mastervoice.aws.registry.DynamoDbUserStore;
import org.mastervoice.aws.sqs.SqsDirectoryEvents;
import org.mastervoice.crypto.Argon2idPasswordHasher;
import org.mastervoice.crypto.JwtAccessTokens;
import org.mastervoice.crypto.KeyFile;
import org.mastervoice.functions.graphql.ActiveTenants;
import org.mastervoice.functions.graphql.ApiSchema;
import org.mastervoice.functions.graphql.ControlPlane;
import org.mastervoice.functions.graphql.GraphQlFunction;
import org.mastervoice.functions.graphql.GraphQlHttpFunction;
import org.mastervoice.functions.graphql.PlatformInfo;
import org.mastervoice.functions.health.HealthFunction;
import org.mastervoice.provisioning.AddressBook;
import org.mastervoice.provisioning.Extensions;
import org.mastervoice.provisioning.TenantCleanup;
import org.mastervoice.provisioning.Tenants;
import org.mastervoice.provisioning.Users;
import org.mastervoice.security.SecretGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The function beans; each function bean's name is its HTTP path locally and its handler in Lambda. */
@Configuration(proxyBeanMethods = false)
class FunctionBeans implements WebMvcConfigurer {

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = FunctionBeans.class.getResourceAsStream("/mastervoice-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "dev");
    }

    @Bean
    FunctionsSettings functionsSettings(Environment environment) {
        return FunctionsSettings.from(environment::getProperty);
    }

    @Bean(destroyMethod = "close")
    AwsClients awsClients(FunctionsSettings settings) {
        return new AwsClients(settings.aws());
    }

    @Bean
    AccessTokens accessTokens(FunctionsSettings settings) {
        return new JwtAccessTokens(KeyFile.read(settings.jwtKeyFile()), Clock.systemUTC());
    }

    @Bean
    ControlPlane controlPlane(AwsClients aws, FunctionsSettings settings, AccessTokens tokens) {
        var ddb = aws.dynamoDb();
        AwsSettings s = settings.aws();
        var tenants = new DynamoDbTenantStore(ddb, s);
        var users = new DynamoDbUserStore(ddb, s);
        var extensions = new DynamoDbExtensionStore(ddb, s);
        var groups = new DynamoDbGroupStore(ddb, s);
        var contacts = new DynamoDbContactStore(ddb, s);
        var shortNumbers = new DynamoDbShortNumberStore(ddb, s);
        var signInStores = new DynamoDbSignInStores(ddb, s);
        var hasher = new Argon2idPasswordHasher();
        var directoryEvents = new SqsDirectoryEvents(aws.sqs(), s, settings.mediaNodes());
        var secrets = SecretGenerator.secure();
        Clock clock = Clock.systemUTC();
        return new ControlPlane(
                new SignIn(users, tenants, hasher, signInStores, tokens, signInStores, secrets, clock),
                tokens,
                new Tenants(tenants, users, hasher, new TenantCleanup(users, extensions, groups, contacts, shortNumbers),
                        directoryEvents, clock),
                new Users(users, extensions, hasher),
                new Extensions(tenants, extensions, users, secrets, directoryEvents),
                new AddressBook(tenants, groups, contacts, shortNumbers, directoryEvents),
                new ActiveTenants(tenants, users, clock));
    }

    @Bean
    Function<Message<String>, Map<String, Object>> graphql(FunctionsSettings settings, ControlPlane controlPlane) {
        return new GraphQlHttpFunction(new GraphQlFunction(
                ApiSchema.build(new PlatformInfo("MasterVoice Open", version(), settings.mode()), controlPlane)), controlPlane.tokens(),
                controlPlane.activeTenants());
    }

    @Bean
    Supplier<Map<String, Object>> health(AwsClients aws, FunctionsSettings settings) {
        return new HealthFunction(aws.dynamoDb(), settings.aws(), version());
    }

    @Bean
    HeadAsGetFilter headAsGetFilter() {
        return new HeadAsGetFilter();
    }

    /** The web app is a static bundle under /app/; its index answers the directory and the site root. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/app/");
        registry.addViewController("/app/").setViewName("forward:/app/index.html");
    }
}
