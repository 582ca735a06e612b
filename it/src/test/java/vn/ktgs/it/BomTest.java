package vn.ktgs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** ktgs-bom pins every published module of the reactor, at the reactor's version. */
class BomTest {

    private static final Path ROOT = Path.of(System.getProperty("ktgs.root"));

    @Test
    void theBomPinsEveryPublishedModuleAtTheProjectVersion() throws Exception {
        Document parent = parse(ROOT.resolve("pom.xml"));
        List<String> published = new ArrayList<>();
        for (String module : texts(parent.getDocumentElement(), "modules", "module")) {
            Document pom = parse(ROOT.resolve(module).resolve("pom.xml"));
            Element project = pom.getDocumentElement();
            boolean notDeployed = "true".equals(text(project, "properties", "maven.deploy.skip"));
            if (!module.equals("bom") && !notDeployed) {
                published.add(text(project, "artifactId"));
            }
        }
        assertThat(published).as("published modules").contains("ktgs-core", "ktgs-adapters-jdbc")
                .doesNotContain("ktgs-examples", "ktgs-benchmarks", "ktgs-it");

        Element bom = parse(ROOT.resolve("bom/pom.xml")).getDocumentElement();
        assertThat(text(bom, "artifactId")).isEqualTo("ktgs-bom");
        assertThat(text(bom, "version")).isEqualTo(System.getProperty("ktgs.version"))
                .isEqualTo(text(parent.getDocumentElement(), "version"));
        List<String> pinned = new ArrayList<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertThat(text(d, "groupId")).isEqualTo("vn.ktgs");
            assertThat(text(d, "version")).isEqualTo("${project.version}");
            pinned.add(text(d, "artifactId"));
        }
        assertThat(pinned).containsExactlyInAnyOrderElementsOf(published);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** The text of the child element at {@code path} (direct children only), or null. */
    private static String text(Element from, String... path) {
        Element e = from;
        for (String name : path) {
            e = child(e, name);
            if (e == null) {
                return null;
            }
        }
        return e.getTextContent().trim();
    }

    private static List<String> texts(Element from, String container, String name) {
        List<String> out = new ArrayList<>();
        Element c = child(from, container);
        for (Node n = c == null ? null : c.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e.getTextContent().trim());
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
