/**
 * A point in a pre-rendered page where Chromium's HTML parser ends its task soon. After its first few tasks the
 * parser takes up to 500 ms per task on desktop (the "long parser budget"), so the megabytes of a long note's
 * page were parsed in tasks that long, with input waiting; after it runs a parser-blocking script in the body,
 * its budget drops back to 10 ms (html_document_parser.cc). An inline script is the one mark that does that, so
 * a long note's page holds one after each of its later parts and each piece of its outline. It does nothing
 * when run and nothing without scripts; the page's CSP lists it by hash like every inline script (csp.ts).
 */
export const PARSER_YIELD = '<script>/* the HTML parser may yield here */</script>';
