package de.kulant.support;

import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/** Validates our ISO 20022 files against the schemas published for them (shipped in a test dependency). */
public final class IsoSchemas {

    private IsoSchemas() {
    }

    /** Throws with the schema's complaint when {@code xml} is not a valid {@code message} (e.g. pain.008.001.08). */
    public static void validate(String xml, String message) throws Exception {
        URL schema = IsoSchemas.class.getClassLoader().getResource(message + ".xsd");
        if (schema == null) {
            throw new IllegalStateException("no schema " + message + ".xsd on the test classpath");
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.newSchema(schema).newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
