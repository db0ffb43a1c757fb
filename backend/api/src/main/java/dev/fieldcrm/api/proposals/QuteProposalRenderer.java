package dev.fieldcrm.api.proposals;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.fieldcrm.core.proposals.ProposalContent;
import dev.fieldcrm.core.proposals.ProposalLine;
import dev.fieldcrm.core.proposals.ProposalLineInput;
import dev.fieldcrm.core.proposals.ProposalRenderer;
import dev.fieldcrm.core.proposals.ProposalTotals;
import dev.fieldcrm.core.proposals.RenderedProposal;
import dev.fieldcrm.core.shared.ValidationFailed;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.Variant;
import jakarta.inject.Singleton;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.CompletionException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders proposals with Qute and openhtmltopdf (a singleton, not a proxied bean: it holds the fonts' bytes).
 * <ul>
 *   <li>Qute runs as a standalone engine of its own: a tenant's template sees only the {@link ProposalModel} maps,
 *       cannot include application templates, and every value is HTML-escaped (the template is parsed as
 *       {@code text/html}).</li>
 *   <li>The HTML must be well-formed XHTML; it is parsed with DTDs and entities refused and openhtmltopdf may load
 *       no external resource (no file, no URL): a template can neither read the server's files nor reach the
 *       network.</li>
 *   <li>DejaVu Sans (regular, bold; Bitstream Vera licence beside it) is embedded, under its own family name and
 *       as the fallback before the PDF base fonts, so Cyrillic prints whichever family a template asks for.</li>
 * </ul>
 */
@Singleton
public class QuteProposalRenderer implements ProposalRenderer {
    /** Keeps a runaway template from filling the function's memory with one page. */
    static final int MAX_HTML_CHARS = 2_000_000;
    private static final String FONT_DIR = "/proposals/fonts/";
    private static final Pattern HTML5_DOCTYPE = Pattern.compile("\\A\\s*<!DOCTYPE html>", Pattern.CASE_INSENSITIVE);
    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);

    private final Engine engine = Engine.builder()
            .addDefaults()
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .strictRendering(true)
            .build();
    private final String defaultTemplate = new String(resource("/proposals/default-proposal.html"), StandardCharsets.UTF_8);
    private final byte[] regular = resource(FONT_DIR + "DejaVuSans.ttf");
    private final byte[] bold = resource(FONT_DIR + "DejaVuSans-Bold.ttf");

    @Override
    public String defaultTemplate() {
        return defaultTemplate;
    }

    @Override
    public RenderedProposal render(String templateSource, ProposalContent content) {
        return render(templateSource, content, "template");
    }

    /** Renders a full sample and a bare one (no contact, requisites, notes, sku), as real proposals may be either. */
    @Override
    public void check(String templateSource) {
        render(templateSource, SAMPLE, "source");
        render(templateSource, BARE_SAMPLE, "source");
    }

    private RenderedProposal render(String templateSource, ProposalContent content, String field) {
        Template template;
        try {
            template = engine.parse(templateSource, HTML);
        } catch (TemplateException e) {
            throw ValidationFailed.of(field, describe(e));
        }
        String html = boundedRender(template, content, field);
        return new RenderedProposal(html.getBytes(StandardCharsets.UTF_8), pdf(xhtml(html, field)));
    }

    /**
     * Renders chunk by chunk and stops as soon as the page passes {@link #MAX_HTML_CHARS}, so a template looping
     * over a huge range fails early instead of filling the function's memory.
     */
    private static String boundedRender(Template template, ProposalContent content, String field) {
        StringBuilder html = new StringBuilder(16 * 1024);
        try {
            template.data(ProposalModel.of(content)).consume(chunk -> {
                html.append(chunk);
                if (html.length() > MAX_HTML_CHARS) {
                    throw new PageTooLarge();
                }
            }).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw explain(e.getCause() == null ? e : e.getCause(), field);
        } catch (RuntimeException e) {
            throw explain(e, field);
        }
        return html.toString();
    }

    private static RuntimeException explain(Throwable failure, String field) {
        if (failure instanceof PageTooLarge) {
            return ValidationFailed.of(field, "renders more than " + MAX_HTML_CHARS + " characters of HTML");
        }
        if (failure instanceof TemplateException e) {
            return ValidationFailed.of(field, describe(e));
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    /** Thrown from the output consumer to abort a render that has grown too large. */
    private static final class PageTooLarge extends RuntimeException {
        PageTooLarge() {
            super(null, null, false, false);
        }
    }

    private static String describe(TemplateException e) {
        String message = e.getMessage() == null ? "the template cannot be rendered" : e.getMessage();
        if (e.getOrigin() != null && !message.contains("line " + e.getOrigin().getLine())) {
            return "line " + e.getOrigin().getLine() + ": " + message;
        }
        return message;
    }

    /** Parses the rendered page as XML with no DTD (hence no entity tricks); the HTML5 doctype is allowed. */
    private static Document xhtml(String html, String field) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            String withoutDoctype = HTML5_DOCTYPE.matcher(html).replaceFirst("");
            return builder.parse(new InputSource(new StringReader(withoutDoctype)));
        } catch (SAXParseException e) {
            throw ValidationFailed.of(field, "the rendered page is not well-formed XHTML (line " + e.getLineNumber()
                    + " of the output): " + e.getMessage());
        } catch (SAXException e) {
            throw ValidationFailed.of(field, "the rendered page is not well-formed XHTML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be secured", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] pdf(Document page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // No external resource of any kind: fonts come from the suppliers below, images must be data: URIs.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // Also a fallback taken before the PDF's built-in fonts (which have no Cyrillic): a template asking for
        // Arial or Times still prints Russian text instead of '#'.
        var uses = EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT, BaseRendererBuilder.FSFontUseCase.FALLBACK_PRE);
        builder.useFont(() -> new ByteArrayInputStream(regular), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true, uses);
        builder.useFont(() -> new ByteArrayInputStream(bold), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true, uses);
        builder.withW3cDocument(page, "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the proposal PDF", e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = QuteProposalRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a new template must be able to render before it is stored. */
    private static final ProposalContent SAMPLE = sample();
    private static final ProposalContent BARE_SAMPLE = bareSample();

    private static ProposalContent bareSample() {
        List<ProposalLine> lines = List.of(ProposalLine.of(new ProposalLineInput(null, "Sample", "pcs", BigDecimal.ONE,
                BigDecimal.TEN, null, BigDecimal.ZERO), "lines[0]"));
        return new ProposalContent("Seller", new ProposalContent.Party("Client", null, null, null, null, null, List.of()),
                null, "Sample", "20260101-SAMPLE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "EUR", lines,
                ProposalTotals.of(lines), null, "en");
    }

    private static ProposalContent sample() {
        List<ProposalLine> lines = List.of(
                ProposalLine.of(new ProposalLineInput("SKU-1", "Образец", "шт", BigDecimal.ONE, new BigDecimal("100"),
                        new BigDecimal("5"), new BigDecimal("20")), "lines[0]"),
                ProposalLine.of(new ProposalLineInput(null, "Sample", "h", new BigDecimal("2.5"), new BigDecimal("10"),
                        null, BigDecimal.ZERO), "lines[1]"));
        return new ProposalContent("Seller", new ProposalContent.Party("Client", "ООО", "7700000000", "1027700000000",
                "40702810000000000000", "Bank", List.of("Moscow")), new ProposalContent.Person("Contact", "Director"),
                "Sample", "20260101-SAMPLE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "RUB", lines,
                ProposalTotals.of(lines), "Notes", "ru");
    }
}
