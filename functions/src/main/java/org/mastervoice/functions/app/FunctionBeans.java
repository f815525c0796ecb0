package org.mastervoice.functions.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mastervoice.aws.AwsClients;
import org.mastervoice.functions.graphql.ApiSchema;
import org.mastervoice.functions.graphql.GraphQlFunction;
import org.mastervoice.functions.graphql.GraphQlHttpFunction;
import org.mastervoice.functions.graphql.PlatformInfo;
import org.mastervoice.functions.health.HealthFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The function beans; each bean's name is its HTTP path. */
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

    @Bean(destroyMethod = "close")
    AwsClients awsClients(FunctionsSettings settings) {
        return new AwsClients(settings.aws());
    }

    @Bean
    Function<String, Map<String, Object>> graphql(FunctionsSettings settings) {
        return new GraphQlHttpFunction(new GraphQlFunction(
                ApiSchema.build(new PlatformInfo("MasterVoice Open", version(), settings.mode()))));
    }

    @Bean
    HeadAsGetFilter headAsGetFilter() {
        return new HeadAsGetFilter();
    }

    @Bean
    Supplier<Map<String, Object>> health(AwsClients aws, FunctionsSettings settings) {
        return new HealthFunction(aws.dynamoDb(), settings.aws(), version());
    }

    /** The web app is a static bundle under /app/; its index answers the directory and the site root. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/app/");
        registry.addViewController("/app/").setViewName("forward:/app/index.html");
    }
}
