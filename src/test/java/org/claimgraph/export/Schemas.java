package org.claimgraph.export;

import com.thaiopensource.relaxng.jaxp.XMLSyntaxSchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The schemas of the XML export formats, from {@code src/test/resources/schemas} (see the README there), and
 * validation against them that returns the errors found. Nothing is fetched from the network: a schema location
 * with no local copy fails the test.
 */
final class Schemas {
    private Schemas() {}

    private static final String GRAPHML_SITE = "http://graphml.graphdrawing.org/xmlns/1.0/";

    /** GraphML 1.0 (graphml.xsd, which redefines graphml-structure.xsd, which imports xlink.xsd). */
    static Schema graphml() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new LocalCopies());
        return factory.newSchema(new StreamSource(resource("schemas/graphml/graphml.xsd").toString()));
    }

    /** GEXF 1.3's RELAX NG grammar (gexf.rng with dynamics.rng; viz.rng is a stand-in). */
    static Schema gexf() throws Exception {
        return new XMLSyntaxSchemaFactory().newSchema(resource("schemas/gexf-1.3/gexf.rng"));
    }

    /** The validation errors of {@code xml} against {@code schema}; empty when it is valid. */
    static List<String> errors(Schema schema, String xml) throws Exception {
        List<String> errors = new ArrayList<>();
        Validator v = schema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override public void warning(SAXParseException e) {}
            @Override public void error(SAXParseException e) { errors.add(describe(e)); }
            @Override public void fatalError(SAXParseException e) { errors.add(describe(e)); }
        });
        v.validate(new StreamSource(new StringReader(xml)));
        return errors;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String describe(SAXParseException e) {
        return "line " + e.getLineNumber() + ": " + e.getMessage();
    }

    private static URL resource(String path) {
        URL url = Schemas.class.getClassLoader().getResource(path);
        if (url == null) throw new IllegalStateException("missing test resource " + path);
        return url;
    }

    /** Maps the GraphML site's schema URLs to the copies in the test resources. */
    private static final class LocalCopies implements LSResourceResolver {
        private final DOMImplementationLS ls;

        LocalCopies() throws Exception {
            ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
        }

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null || !systemId.startsWith(GRAPHML_SITE)) {
                throw new IllegalStateException("schema " + systemId + " (namespace " + namespace + ") has no local copy in src/test/resources/schemas");
            }
            URL local = resource("schemas/graphml/" + systemId.substring(GRAPHML_SITE.length()));
            LSInput input = ls.createLSInput();
            input.setSystemId(local.toString());
            try {
                input.setByteStream(local.openStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return input;
        }
    }
}
