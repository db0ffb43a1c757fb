package dev.fieldcrm.core.proposals;

/**
 * Lays a proposal out with a template into HTML and PDF. The adapter (Qute + openhtmltopdf) lives in the API
 * module, so the core stays free of template engines and PDF libraries.
 */
public interface ProposalRenderer {

    /** The built-in template's source: what a tenant gets until an admin replaces it. */
    String defaultTemplate();

    /**
     * Renders {@code content} with {@code templateSource}.
     *
     * @throws dev.fieldcrm.core.shared.ValidationFailed on field {@code template} when the template cannot render it
     */
    RenderedProposal render(String templateSource, ProposalContent content);

    /**
     * Refuses a template that does not parse, or that fails to render a sample proposal to HTML and PDF, with a
     * {@link dev.fieldcrm.core.shared.ValidationFailed} on field {@code source} naming the problem and its line.
     */
    void check(String templateSource);
}
