package dev.fieldcrm.iac;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Each stage synthesised once per test JVM (a synth starts the jsii Node process and takes seconds), shared by all
 * test classes. The functions' code is a small stand-in zip: what is checked is the stack, not the package.
 */
final class SynthesizedStages {
    static final Template DEV = synth("dev");
    static final Template PROD = synth("prod");

    private SynthesizedStages() {
    }

    static Template of(String stage) {
        return stage.equals("prod") ? PROD : DEV;
    }

    private static Template synth(String stage) {
        App app = new App(AppProps.builder().context(Map.of(
                "stage", stage,
                "emailDomain", "crm.example.com",
                "androidPushArn", "arn:aws:sns:eu-central-1:123456789012:app/GCM/fieldcrm",
                "iosPushArn", "arn:aws:sns:eu-central-1:123456789012:app/APNS/fieldcrm",
                "alarmEmail", "ops@example.com")).build());
        Path zip = standInZip();
        FieldCrmStack stack = new FieldCrmStack(app, "FieldCrm-" + stage, StackProps.builder()
                .env(Environment.builder().account("123456789012").region("eu-central-1").build()).build(),
                StageSettings.fromContext(app.getNode()), new FunctionPackages(zip, zip));
        return Template.fromStack(stack);
    }

    private static Path standInZip() {
        try {
            Path zip = Files.createTempFile("function", ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("README"));
                out.write("stand-in for function.zip".getBytes());
                out.closeEntry();
            }
            zip.toFile().deleteOnExit();
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
