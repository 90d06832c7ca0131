package org.claimgraph.export;

/** Escaping for the XML writers. */
final class Xml {
    private Xml() {}

    /**
     * Text safe inside an XML attribute value or element: markup characters as entities, tabs and line breaks as
     * character references (so attribute normalisation keeps them), and characters XML 1.0 cannot carry at all
     * (other control characters, unpaired surrogates, U+FFFE, U+FFFF) as U+FFFD.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
            }
        });
        return out.toString();
    }

    private static boolean allowed(int cp) {
        return (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
