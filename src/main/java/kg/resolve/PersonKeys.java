package kg.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The keys people's IRIs are minted from: pinyin to read, a checksum so that two names of one reading stay two. */
final class PersonKeys {
    private PersonKeys() {
    }

    /** A Chinese name's pinyin and a checksum of the name; a Latin name as its reading. */
    static String key(String name, String pinyin) {
        return PrintedNames.isHan(name) ? key(name, pinyin, "") : slug(pinyin);
    }

    /** The key of a person whose name another person holds: a checksum of the name and where they are. */
    static String key(String name, String pinyin, String where) {
        return slug(pinyin) + "-" + checksum(name + (where.isEmpty() ? "" : "@" + where));
    }

    static String checksum(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
