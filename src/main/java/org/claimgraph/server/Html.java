package org.claimgraph.server;

/** Small helpers for the server's HTML pages. */
final class Html {
    private Html() {}

    /** The page's style: inline, so a page needs nothing from any other server. */
    static final String STYLE = """
            <style>body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
            code{background:#f3f3f3;padding:0 .2em}li{margin:.3em 0}table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.3em .6em;border-bottom:1px solid #e4e4e4}
            th{font-weight:normal;color:#555;white-space:nowrap;width:12em}td table{margin:0}.iri{color:#666;font-size:.9em;word-break:break-all}
            .lang{color:#888;font-size:.8em}a.ext::after{content:" \\2197";font-size:.8em}blockquote{margin:.3em 0;padding:.2em .8em;border-left:3px solid #ccc;background:#fafafa}
            .meta{color:#666;font-size:.9em}nav a{margin-right:1em}</style>""";

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The start of a page, up to and including the opening of the body. */
    static String head(String title) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>\n"
                + STYLE + "</head><body>\n";
    }
}
