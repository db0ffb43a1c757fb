package dev.fieldcrm.worker.templates;

import dev.fieldcrm.core.notify.SmsSegments;
import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.PushMessage;
import dev.fieldcrm.core.notify.Renderer;
import dev.fieldcrm.core.notify.SendFailure;
import dev.fieldcrm.core.notify.SmsMessage;
import dev.fieldcrm.worker.aws.SesTags;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Renders notifications from the Qute templates under {@code templates/notify/} on the classpath (layout:
 * {@code templates/notify/README.md}).
 *
 * <p>A standalone Qute engine, because the template is chosen by name at run time (Quarkus's type-safe templates are
 * resolved at build time). Files ending in {@code .html} are parsed as HTML, so every value is escaped; {@code .txt}
 * files are plain text and nothing is escaped. Rendering is strict: a template that names a value the model lacks
 * fails instead of silently printing nothing. Every email is wrapped in the shared layout of its locale (header with
 * the tenant's name, footer), so all mail looks like one product. SMS texts are cut to {@link SmsSegments#MAX_SEGMENTS}
 * segments at whole words. An email carries the message's tenant and id in the internal headers of {@link SesTags}.
 */
public final class QuteRenderer implements Renderer {
    /** Every SMS fits in two segments (140 Cyrillic or 306 Latin characters); longer user data is cut. */
    /** Push services limit the payload (APNs: 4 kB); a notification body longer than this is cut at a word. */
    static final int PUSH_MAX_BODY_CHARS = 1000;
    static final String FALLBACK_LOCALE = "en";
    static final String DEFAULT_ROOT = "templates/notify/";
    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);
    private static final Variant TEXT = Variant.forContentType(Variant.TEXT_PLAIN);
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private final String root;
    private final ClassLoader classLoader;
    private final Engine engine = Engine.builder()
            .addDefaults()
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .strictRendering(true)
            .build();
    private final Map<String, Optional<Template>> parsed = new ConcurrentHashMap<>();

    private QuteRenderer(String root, ClassLoader classLoader) {
        this.root = root.endsWith("/") ? root : root + "/";
        this.classLoader = classLoader;
    }

    /** The renderer of the application's templates ({@code templates/notify/} on the classpath). */
    public static QuteRenderer fromClasspath() {
        return new QuteRenderer(DEFAULT_ROOT, QuteRenderer.class.getClassLoader());
    }

    @Override
    public EmailMessage email(Outgoing message) {
        String locale = localeOf(message, "email.html");
        Map<String, Object> model = model(message);
        String subject = LINE_BREAKS.matcher(render(message, locale, "subject.txt", model)).replaceAll(" ").strip();
        Map<String, Object> page = new LinkedHashMap<>(model);
        page.put("subject", subject);
        page.put("content", new RawString(render(message, locale, "email.html", model)));
        String html = render(message, "layout", layoutLocale(locale, "email.html"), "email.html", page);
        page.put("content", render(message, locale, "email.txt", model).strip());
        String text = render(message, "layout", layoutLocale(locale, "email.txt"), "email.txt", page);
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        // internal: SES sends these as message tags (not as headers), so bounces can be traced to tenant and message
        headers.put(SesTags.TENANT_HEADER, message.tenantId());
        headers.put(SesTags.MESSAGE_HEADER, message.id());
        return new EmailMessage(message.address(), subject, html, text, Map.copyOf(headers));
    }

    @Override
    public SmsMessage sms(Outgoing message) {
        return new SmsMessage(message.address(), SmsSegments.fit(smsUncut(message), SmsSegments.MAX_SEGMENTS));
    }

    /** The SMS text before it is cut to length (tests check that templates fit with their sample data). */
    String smsUncut(Outgoing message) {
        String locale = localeOf(message, "sms.txt");
        return LINE_BREAKS.matcher(render(message, locale, "sms.txt", model(message)).strip()).replaceAll(" ");
    }

    /** The first line of {@code push.txt} is the title, the rest the body. */
    @Override
    public PushMessage push(Outgoing message) {
        String locale = localeOf(message, "push.txt");
        String rendered = render(message, locale, "push.txt", model(message)).strip();
        int firstBreak = rendered.indexOf('\n');
        String title = firstBreak < 0 ? rendered : rendered.substring(0, firstBreak).strip();
        String body = firstBreak < 0 ? "" : LINE_BREAKS.matcher(rendered.substring(firstBreak + 1).strip()).replaceAll(" ");
        Map<String, String> data = new LinkedHashMap<>();
        data.put("template", message.template());
        data.put("messageId", message.id());
        if (message.model().get("link") instanceof String link) {
            data.put("link", link);
        }
        // The phone opens this client's card when the rep taps the notification (reminders carry it).
        if (message.model().get("clientId") instanceof String clientId) {
            data.put("clientId", clientId);
        }
        return new PushMessage(message.address(), title, cut(body, PUSH_MAX_BODY_CHARS), Map.copyOf(data));
    }

    /** The message's language if its template has it, else English; a template without English does not exist. */
    private String localeOf(Outgoing message, String file) {
        String language = message.locale().getLanguage().toLowerCase(Locale.ROOT);
        if (template(message.template(), language, file).isPresent()) {
            return language;
        }
        if (template(message.template(), FALLBACK_LOCALE, file).isPresent()) {
            return FALLBACK_LOCALE;
        }
        throw new SendFailure(SendFailure.Kind.PERMANENT,
                "no template " + root + message.template() + "/" + FALLBACK_LOCALE + "/" + file, null);
    }

    private String layoutLocale(String locale, String file) {
        return template("layout", locale, file).isPresent() ? locale : FALLBACK_LOCALE;
    }

    private Map<String, Object> model(Outgoing message) {
        Map<String, Object> model = new LinkedHashMap<>(message.model());
        model.putIfAbsent("tenantName", "FieldCRM");
        return model;
    }

    private String render(Outgoing message, String locale, String file, Map<String, Object> model) {
        return render(message, message.template(), locale, file, model);
    }

    private String render(Outgoing message, String name, String locale, String file, Map<String, Object> model) {
        Template template = template(name, locale, file).orElseThrow(() -> new SendFailure(SendFailure.Kind.PERMANENT,
                "no template " + root + name + "/" + locale + "/" + file, null));
        try {
            TemplateInstance instance = template.instance();
            model.forEach(instance::data);
            return instance.render();
        } catch (TemplateException e) {
            throw new SendFailure(SendFailure.Kind.PERMANENT,
                    "template " + name + "/" + locale + "/" + file + " cannot render message " + message.id() + ": " + e.getMessage(), e);
        }
    }

    private Optional<Template> template(String name, String locale, String file) {
        String path = root + name + "/" + locale + "/" + file;
        return parsed.computeIfAbsent(path, p -> read(p).map(source -> engine.parse(source, file.endsWith(".html") ? HTML : TEXT, p)));
    }

    private Optional<String> read(String path) {
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int space = text.lastIndexOf(' ', maxChars - 1);
        return text.substring(0, space > 0 ? space : maxChars - 1).stripTrailing() + "…";
    }
}
