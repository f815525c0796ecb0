package org.mastervoice.functions.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphQlFunctionTest {

    private final GraphQlFunction function =
            new GraphQlFunction(ApiSchema.build(new PlatformInfo("MasterVoice Open", "1.2.3", "LOCAL")));

    @Test
    @SuppressWarnings("unchecked")
    void answersPlatformQueryFromTheSharedSchema() {
        Map<String, Object> response = function.apply(GraphQlRequest.of("{ platform { name version mode } }"));
        assertThat(response).doesNotContainKey("errors");
        Map<String, Object> platform = (Map<String, Object>) ((Map<String, Object>) response.get("data")).get("platform");
        assertThat(platform).containsEntry("name", "MasterVoice Open").containsEntry("version", "1.2.3").containsEntry("mode", "LOCAL");
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownFieldIsAValidationErrorNamingTheField() {
        Map<String, Object> response = function.apply(GraphQlRequest.of("{ platform { colour } }"));
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
        assertThat(errors).hasSize(1);
        assertThat((String) errors.getFirst().get("message")).contains("colour");
    }

    @Test
    @SuppressWarnings("unchecked")
    void emptyRequestGetsAClearError() {
        Map<String, Object> response = function.apply(new GraphQlRequest(" ", null, null));
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
        assertThat(errors.getFirst()).containsEntry("message", "the request has no query");
        assertThat((Map<String, Object>) errors.getFirst().get("extensions")).containsEntry("code", "VALIDATION");
    }

    @Test
    @SuppressWarnings("unchecked")
    void httpBodyThatIsNotJsonGetsAValidationErrorOnTheBody() {
        Map<String, Object> response = new GraphQlHttpFunction(function).apply("{bad json");
        Map<String, Object> error = ((List<Map<String, Object>>) response.get("errors")).getFirst();
        assertThat((String) error.get("message")).startsWith("the request body is not a GraphQL request in JSON");
        assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "VALIDATION").containsEntry("field", "body");
    }

    @Test
    @SuppressWarnings("unchecked")
    void httpBodyIsDecodedAndExecuted() {
        Map<String, Object> response = new GraphQlHttpFunction(function)
                .apply("{\"query\":\"query Q { platform { version } }\",\"operationName\":\"Q\",\"variables\":null}");
        assertThat(((Map<String, Object>) ((Map<String, Object>) response.get("data")).get("platform"))).containsEntry("version", "1.2.3");
    }
}
