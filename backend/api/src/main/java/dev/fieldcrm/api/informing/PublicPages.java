package dev.fieldcrm.api.informing;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/**
 * The small HTML pages the public links open (no login, no tenant branding that could leak, no scripts). Every
 * dynamic text goes through {@link #escape}.
 */
public final class PublicPages {
    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private PublicPages() {
    }

    /** ru when the browser prefers Russian, else en. */
    public static String language(HttpHeaders headers) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("ru".equals(locale.getLanguage())) {
                return "ru";
            }
            if ("en".equals(locale.getLanguage())) {
                return "en";
            }
        }
        return "en";
    }

    public static Response page(int status, String language, String title, String bodyHtml) {
        String html = "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + "</title>"
                + "<style>body{font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em}"
                + "button{font-size:1em;padding:.5em 1.5em}fieldset{border:0;padding:0;margin:1em 0}</style>"
                + "</head><body><h1>" + escape(title) + "</h1>" + bodyHtml + "</body></html>";
        return Response.status(status).type(HTML).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").entity(html).build();
    }

    public static String t(String language, String ru, String en) {
        return "ru".equals(language) ? ru : en;
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
