package dev.fieldcrm.worker.templates;

import dev.fieldcrm.core.notify.Renderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The Qute renderer of {@code templates/notify/} (replaces the Postman's plain default renderer). */
@ApplicationScoped
public class TemplateWiring {
    @Produces @Singleton Renderer renderer() {
        return QuteRenderer.fromClasspath();
    }
}
