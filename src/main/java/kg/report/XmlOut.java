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
    /** A step on the stream writer, whose checked exception the writers of reports see as an I/O failure. */
    private interface Step {
        void run() throws XMLStreamException;
    }

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
        return run(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            depth++;
            hasChildren = false;
        });
    }

    XmlOut namespace(String uri) throws IOException {
        return run(() -> xml.writeDefaultNamespace(uri));
    }

    XmlOut empty(String name, String... attributes) throws IOException {
        return run(() -> {
            indent();
            xml.writeEmptyElement(name);
            attributes(attributes);
            hasChildren = true;
        });
    }

    /** An element holding only text. */
    XmlOut text(String name, String text, String... attributes) throws IOException {
        return run(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(text);
            xml.writeEndElement();
            hasChildren = true;
        });
    }

    /** Closes the element opened last. */
    XmlOut end() throws IOException {
        return run(() -> {
            depth--;
            if (hasChildren) {
                indent();
            }
            xml.writeEndElement();
            hasChildren = true;
        });
    }

    @Override
    public void close() throws IOException {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        });
    }

    private XmlOut run(Step step) throws IOException {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }
    }
}
