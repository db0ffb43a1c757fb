package dev.fieldcrm.worker.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/** SNS's query protocol (form-encoded {@code Action=…}, XML answers) stubbed with WireMock. */
final class SnsStub {
    private static final String NS = "http://sns.amazonaws.com/doc/2010-03-31/";

    private SnsStub() {
    }

    static void answer(WireMockServer stub, String action, String result) {
        stub.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=" + action)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("<" + action + "Response xmlns=\"" + NS + "\"><" + action + "Result>" + result + "</" + action
                        + "Result><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></" + action + "Response>")));
    }

    static void fail(WireMockServer stub, String action, int status, String code) {
        stub.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=" + action)).willReturn(aResponse()
                .withStatus(status).withHeader("Content-Type", "text/xml")
                .withBody("<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>" + (status >= 500 ? "Receiver" : "Sender")
                        + "</Type><Code>" + code + "</Code><Message>stubbed " + code + "</Message></Error>"
                        + "<RequestId>req-1</RequestId></ErrorResponse>")));
    }

    /** The form parameters of every request with the given action, in order. */
    static List<Map<String, String>> requests(WireMockServer stub, String action) {
        return stub.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/"))).stream()
                .map(SnsStub::form).filter(form -> action.equals(form.get("Action"))).toList();
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    /** The value of a query-protocol map entry ({@code <prefix>.entry.N.key|Name = name}) of a form. */
    static Map<String, String> entries(Map<String, String> form, String prefix, String keyName, String valueName) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int n = 1; form.containsKey(prefix + ".entry." + n + "." + keyName); n++) {
            entries.put(form.get(prefix + ".entry." + n + "." + keyName), form.get(prefix + ".entry." + n + "." + valueName));
        }
        return entries;
    }
}
