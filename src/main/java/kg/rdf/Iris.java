package kg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import kg.resolve.ResolvedOrg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * Mints the graph's IRIs from normalised keys only, so that the same thing gets the same IRI in every run
 * and every issue: a person from their resolved key, an organisation from its resolved key, a work from its DOI (else its link, else its title),
 * a project from its grant number, an item from its issue and position.
 */
final class Iris {
    private final Model model;

    Iris(Model model) {
        this.model = model;
    }

    static String graph(String issueKey) {
        return KG.GRAPHS + issueKey;
    }

    Resource issue(String issueKey) {
        return at("issue/" + issueKey);
    }

    Resource item(String issueKey, String position) {
        return at("item/" + issueKey + "/" + position);
    }

    Resource person(String personKey) {
        return at("person/" + personKey);
    }

    /**
     * An organisation from the key the resolve stage gave it: a named one's canonical name, digested, so that
     * one organisation has one IRI in every issue; a unit only one issue's text refers to (我所 there, without
     * a name) by its key, a path under that issue ({@code publisher/<issue>}), shared with no other.
     */
    Resource org(ResolvedOrg o) {
        return at("org/" + (o.kind() == ResolvedOrg.Kind.UNNAMED ? o.key() : digest(normal(o.key()))));
    }

    Resource group(String leaderKey) {
        return at("group/" + leaderKey);
    }

    Resource venue(String name) {
        String slug = normal(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return at("venue/" + (slug.isEmpty() ? digest(normal(name)) : slug));
    }

    Resource award(String name) {
        return at("award/" + digest(normal(name)));
    }

    /** A work's key: its DOI, else its link, else its title, else its place in the item. */
    static String workKey(String doi, String url, String title, String titleZh, String issueKey, String position, int n) {
        if (doi != null) {
            return "doi/" + doi.toLowerCase(Locale.ROOT);
        }
        if (url != null) {
            return "url-" + digest(url.toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", ""));
        }
        String t = title != null ? title : titleZh;
        if (t != null) {
            return "title-" + digest(normal(t));
        }
        return issueKey + "/" + position + "/" + n;
    }

    Resource work(String key) {
        return at("work/" + key);
    }

    static String projectKey(String code, String title, String issueKey, String position, int n) {
        if (code != null) {
            return code;
        }
        return title != null ? "title-" + digest(normal(title)) : issueKey + "/" + position + "/" + n;
    }

    Resource project(String key) {
        return at("project/" + key);
    }

    Resource fact(String kind, String... parts) {
        return at(kind + "/" + String.join("/", parts));
    }

    private Resource at(String path) {
        return model.createResource(KG.DATA + encode(path));
    }

    /** Lower-case, no spaces or punctuation: the form two spellings of one name share. */
    static String normal(String s) {
        StringBuilder sb = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/:".indexOf(c) >= 0)) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
