package dev.fieldcrm.iac;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the backend's code declares, read from its class files and configuration (the functions' jars are test
 * dependencies without their own dependencies, so nothing is loaded or started): the worker's handler names, the
 * API's public resource paths, the functions' application.properties.
 */
final class CodeDeclarations {
    private static final JavaClasses API = importPackageOf("dev/fieldcrm/api/auth/Public.class", "dev/fieldcrm/api/");
    private static final JavaClasses WORKER =
            importPackageOf("dev/fieldcrm/worker/stream/StreamHandler.class", "dev/fieldcrm/worker/");

    private CodeDeclarations() {
    }

    /** {@code @Named} values of the worker's Lambda handler classes. */
    static Set<String> workerHandlerNames() {
        Set<String> names = new TreeSet<>();
        for (JavaClass type : WORKER) {
            boolean handler = type.getAllRawInterfaces().stream().anyMatch(i ->
                    i.getName().startsWith("com.amazonaws.services.lambda.runtime.Request"));
            if (handler) {
                annotationValue(type, "jakarta.inject.Named").ifPresent(names::add);
            }
        }
        return names;
    }

    /** {@code @Path} of the API's {@code @Public} resources that exist in the production build. */
    static Set<String> publicResourcePaths() {
        Set<String> paths = new TreeSet<>();
        for (JavaClass type : API) {
            boolean isPublic = type.isAnnotatedWith("dev.fieldcrm.api.auth.Public");
            boolean productionBuild = !type.isAnnotatedWith("io.quarkus.arc.profile.IfBuildProfile");
            if (isPublic && productionBuild) {
                String base = annotationValue(type, "jakarta.ws.rs.Path").orElseThrow();
                type.getMethods().forEach(m -> {
                    Optional<String> sub = m.isAnnotatedWith("jakarta.ws.rs.Path")
                            ? Optional.of((String) m.getAnnotationOfType("jakarta.ws.rs.Path").get("value").orElseThrow())
                            : Optional.empty();
                    paths.add(join(base, sub.orElse("")));
                });
            }
        }
        return paths;
    }

    /**
     * The classes under {@code packagePath} in the jar or folder that holds {@code markerClass}: reading only that
     * root, not every classpath entry (ArchUnit's package import opens them all, the CDK jar among them).
     */
    static JavaClasses importPackageOf(String markerClass, String packagePath) {
        URL marker = Objects.requireNonNull(CodeDeclarations.class.getClassLoader().getResource(markerClass), markerClass);
        String url = marker.toString();
        try {
            return new ClassFileImporter().withImportOption(location -> location.contains(packagePath))
                    .importUrl(URI.create(url.substring(0, url.length() - markerClass.length())).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String applicationProperties(String module) {
        Path file = repositoryRoot().resolve("backend/" + module + "/src/main/resources/application.properties");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Static files the API serves without an endpoint (META-INF/resources), as URL paths. */
    static Path apiStaticResources() {
        return repositoryRoot().resolve("backend/api/src/main/resources/META-INF/resources");
    }

    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return here.getFileName().toString().equals("iac") ? here.getParent() : here;
    }

    private static Optional<String> annotationValue(JavaClass type, String annotation) {
        return type.tryGetAnnotationOfType(annotation).flatMap(a -> a.get("value")).map(String::valueOf);
    }

    private static String join(String base, String sub) {
        String path = (base.endsWith("/") ? base : base + "/") + (sub.startsWith("/") ? sub.substring(1) : sub);
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
