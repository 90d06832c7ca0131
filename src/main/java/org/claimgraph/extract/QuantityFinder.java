package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds quantities with the units of {@code rules/quantities.tsv}. */
final class QuantityFinder {
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|[几数上好]?[一二两三四五六七八九十百千万]+|几)";

    private final Pattern pattern;
    private final Map<String, String> canonical;

    private QuantityFinder(Pattern pattern, Map<String, String> canonical) {
        this.pattern = pattern;
        this.canonical = canonical;
    }

    static QuantityFinder parse(String tsv, String sourceName) {
        Map<String, String> canonical = new LinkedHashMap<>();
        String[] lines = tsv.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t+");
            if (f.length != 2) throw new IllegalArgumentException(sourceName + " line " + (n + 1) + ": expected \"UNIT<TAB>CANONICAL\", got \"" + line + "\"");
            canonical.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
        }
        List<String> units = new ArrayList<>(canonical.keySet());
        units.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String u : units) alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(u));
        Pattern p = Pattern.compile("(?<![0-9A-Za-z.])" + NUMBER + "\\s*(?:多个|个|多)?\\s*(" + alternatives + ")(?![A-Za-z])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new QuantityFinder(p, canonical);
    }

    List<Quantity> find(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String unit = canonical.get(m.group(2).toLowerCase(Locale.ROOT));
            out.add(new Quantity(m.start(), m.end(), m.group(), m.group(1), unit));
        }
        return out;
    }
}
