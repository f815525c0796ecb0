package org.mastervoice.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import tools.jackson.databind.JsonNode;

/** Uniqueness holds under races: of parallel creates of one extension number exactly one wins. */
class ConcurrentCreatesIT extends ApiTestBase {

    @RepeatedTest(3)
    void parallelCreatesOfTheSameExtensionNumberHaveOneWinnerAndConflicts() throws Exception {
        TestTenant t = newTenant("race");
        List<Callable<JsonNode>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = "Racer " + i;
            attempts.add(() -> graphql(t.adminToken(), "mutation{ createExtension(input:{number:\"400\", callerIdName:\"" + name + "\"}){ callerIdName } }"));
        }
        List<JsonNode> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (Future<JsonNode> f : pool.invokeAll(attempts)) {
                results.add(f.get());
            }
        }
        List<JsonNode> wins = results.stream().filter(r -> !r.has("errors")).toList();
        assertThat(wins).hasSize(1);
        assertThat(results.stream().filter(r -> r.has("errors")).map(ApiTestBase::errorCode)).hasSize(5).containsOnly("CONFLICT");
        String winner = wins.getFirst().get("data").get("createExtension").get("callerIdName").asString();
        assertThat(data(graphql(t.adminToken(), "{ extension(number:\"400\"){ callerIdName } }")).get("extension").get("callerIdName").asString())
                .isEqualTo(winner);
    }
}
