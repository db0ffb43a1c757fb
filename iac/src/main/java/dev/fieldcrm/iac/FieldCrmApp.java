package dev.fieldcrm.iac;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

import java.nio.file.Path;

/** The CDK app: one stack per stage, the stage from context ({@code -c stage=dev|prod}). */
public final class FieldCrmApp {
    private FieldCrmApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        StageSettings stage = StageSettings.fromContext(app.getNode());
        new FieldCrmStack(app, "FieldCrm-" + stage.name(), StackProps.builder()
                .env(Environment.builder()
                        .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                        .region(System.getenv("CDK_DEFAULT_REGION"))
                        .build())
                .description("FieldCRM " + stage.name() + ": table, functions, HTTP API, messaging, alarms")
                .build(), stage, FunctionPackages.ofBackendBuild(Path.of("..")));
        app.synth();
    }
}
