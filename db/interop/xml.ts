// XML text escaping for the graph formats. Characters XML 1.0 cannot hold at all (control
// characters other than tab, line feed and carriage return; lone surrogates; U+FFFE/U+FFFF)
// become U+FFFD, so that any name or note gives a well-formed file.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // kept as characters references: a parser would otherwise normalise them away
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Text safe in element content and in double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(ILLEGAL, '\uFFFD').replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]!);
}
