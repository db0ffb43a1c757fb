package dev.fieldcrm.iac;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionsTest {

    @Test
    void everyFunctionRunsTheQuarkusHandlerOnJava21WithSnapStartBehindAnAlias() {
        Map<String, Map<String, Object>> functions = functions();
        assertThat(functions).hasSize(4);
        for (Map<String, Object> function : functions.values()) {
            Map<?, ?> properties = (Map<?, ?>) function.get("Properties");
            assertThat(properties.get("Runtime")).isEqualTo("java21");
            assertThat(properties.get("Handler")).isEqualTo(FunctionPackages.HANDLER);
            assertThat(properties.get("SnapStart")).isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
        }
        assertThat(SynthesizedStages.PROD.findResources("AWS::Lambda::Alias")).hasSize(4);
        assertThat(SynthesizedStages.PROD.findResources("AWS::Lambda::Version")).hasSize(4);
    }

    @Test
    void theHandlerIsTheEntryPointOfTheQuarkusLambdaRuntimeTheBackendBuildsWith() {
        String[] handler = FunctionPackages.HANDLER.split("::");
        JavaClass runtime = CodeDeclarations.importPackageOf(handler[0].replace('.', '/') + ".class",
                "io/quarkus/amazon/lambda/runtime/").get(handler[0]);
        assertThat(runtime.getMethods()).anyMatch(m -> m.getName().equals(handler[1]) && m.getRawParameterTypes().size() == 3);
    }

    @Test
    void eachWorkerFunctionChoosesOneOfTheWorkersHandlersAndEveryAwsHandlerHasOne() {
        Set<String> chosen = new HashSet<>();
        functions().values().forEach(f -> {
            String handler = environment(f).get("QUARKUS_LAMBDA_HANDLER");
            if (handler != null) {
                chosen.add(handler);
            }
        });
        Set<String> declared = new HashSet<>(CodeDeclarations.workerHandlerNames());
        assertThat(declared).contains("local");
        declared.remove("local"); // the local run's dispatcher, never configured in AWS (ADR 18)
        assertThat(chosen).isEqualTo(declared).containsExactlyInAnyOrder(
                FieldCrmStack.STREAM_HANDLER, FieldCrmStack.SCHEDULE_HANDLER, FieldCrmStack.SES_HANDLER);
    }

    @Test
    void everyVariableTheStackSetsIsReadByThatFunctionAndEveryRequiredOneIsSet() {
        for (Map<String, Object> function : functions().values()) {
            Map<String, String> environment = environment(function);
            String module = environment.containsKey("QUARKUS_LAMBDA_HANDLER") ? "worker" : "api";
            String properties = CodeDeclarations.applicationProperties(module);
            for (String name : environment.keySet()) {
                assertThat(properties).as(module + " reads " + name).contains(name);
            }
            Matcher required = Pattern.compile("\\$\\{(FIELDCRM_[A-Z_]+)}").matcher(properties);
            while (required.find()) {
                assertThat(environment).as(module + " needs " + required.group(1)).containsKey(required.group(1));
            }
        }
    }

    @Test
    void prodReservesConcurrencyForEveryFunctionAndDevLeavesTheAccountPoolAlone() {
        functions().values().forEach(f -> assertThat(((Map<?, ?>) f.get("Properties"))
                .get("ReservedConcurrentExecutions")).isNotNull());
        SynthesizedStages.DEV.findResources("AWS::Lambda::Function").values().stream()
                .filter(f -> Set.of("java21").contains(((Map<?, ?>) f.get("Properties")).get("Runtime")))
                .forEach(f -> assertThat(((Map<?, ?>) f.get("Properties")).get("ReservedConcurrentExecutions")).isNull());
    }

    /** Our functions (CDK adds a Node.js helper for the dev bucket's auto-delete). */
    static Map<String, Map<String, Object>> functions() {
        Map<String, Map<String, Object>> all = new java.util.HashMap<>(SynthesizedStages.PROD.findResources("AWS::Lambda::Function"));
        all.values().removeIf(f -> !"java21".equals(((Map<?, ?>) f.get("Properties")).get("Runtime")));
        return all;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(Map<String, Object> function) {
        Map<?, ?> properties = (Map<?, ?>) function.get("Properties");
        Map<?, ?> environment = (Map<?, ?>) properties.get("Environment");
        Map<String, Object> variables = (Map<String, Object>) environment.get("Variables");
        Map<String, String> names = new java.util.TreeMap<>();
        variables.forEach((k, v) -> names.put(k, String.valueOf(v)));
        return names;
    }
}
