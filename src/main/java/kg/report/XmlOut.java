package kg.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An {@link XMLStreamWriter} that indents, for the network's XML formats: the stream writer does the escaping
 * and well-formedness, this only adds line breaks so the files stay readable and diffable.
 */
final class XmlOut implements AutoCloseable {
    private final XMLStreamWriter xml;
    private int depth;
    private boolean hasChildren;

    XmlOut(Writer out, String defaultNamespace) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(defaultNamespace);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs (null values left out). */
    XmlOut open(String name, String... attributes) throws IOException {
        try {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(name);
            attributes(attributes);
            depth++;
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOut namespace(String uri) throws IOException {
        try {
            xml.writeDefaultNamespace(uri);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOut empty(String name, String... attributes) throws IOException {
        try {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeEmptyElement(name);
            attributes(attributes);
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** An element holding only text. */
    XmlOut text(String name, String text, String... attributes) throws IOException {
        try {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(text);
            xml.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Closes the element opened last. */
    XmlOut end() throws IOException {
        try {
            depth--;
            if (hasChildren) {
                xml.writeCharacters("\n" + "  ".repeat(depth));
            }
            xml.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
