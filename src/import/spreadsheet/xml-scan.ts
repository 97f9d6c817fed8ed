// A small, forgiving XML scanner for SpreadsheetML parts. Why not a DOM parser: worksheets can
// hold a million cells, and exporters differ (.NET writes `x:`-prefixed tags, some omit
// declarations). We only need element names without prefixes, attributes and text, streamed.
// Malformed input never throws: the scan stops at the end of the text, and every step advances.

/** Attributes of one element, keyed by local name (prefix dropped: `r:id` → `id`). */
export type XmlAttrs = Record<string, string>;

/** Callbacks of a scan; names are local names (prefix dropped). */
export interface XmlHandler {
  open(name: string, attrs: XmlAttrs, selfClosing: boolean): void;
  close(name: string): void;
  /** Decoded character data (entities resolved, CDATA as written). */
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Resolves the five XML entities and numeric character references; unknown ones stay as written. */
export function decodeEntities(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

/** Drops a namespace prefix: `x:row` → `row`. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseAttrs(raw: string): XmlAttrs {
  const attrs: XmlAttrs = {};
  if (raw.length === 0) return attrs;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(raw)) !== null) {
    attrs[localName(m[1] ?? "")] = decodeEntities(m[3] ?? m[4] ?? "");
  }
  return attrs;
}

/** Scans `xml` from start to end, calling the handler for each element and text run. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  let pos = 0;
  while (pos < n) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) {
      handler.text(decodeEntities(xml.slice(pos)));
      return;
    }
    if (lt > pos) handler.text(decodeEntities(xml.slice(pos, lt)));
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      pos = end < 0 ? n : end + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      handler.text(xml.slice(lt + 9, end < 0 ? n : end));
      pos = end < 0 ? n : end + 3;
    } else if (xml[lt + 1] === "?" || xml[lt + 1] === "!") {
      const end = xml.indexOf(">", lt + 2);
      pos = end < 0 ? n : end + 1;
    } else {
      const end = tagEnd(xml, lt + 1);
      if (end === -1) return; // truncated tag: nothing more can be read
      if (end < -1) {
        pos = -end - 2; // a broken tag: resume at the next '<'
        continue;
      }
      pos = end + 1;
      if (xml[lt + 1] === "/") {
        handler.close(localName(xml.slice(lt + 2, end).trim()));
        continue;
      }
      const selfClosing = xml[end - 1] === "/";
      const body = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const space = body.search(/[\s]/);
      const name = localName(space < 0 ? body : body.slice(0, space));
      if (name.length === 0) continue;
      handler.open(name, parseAttrs(space < 0 ? "" : body.slice(space + 1)), selfClosing);
      if (selfClosing) handler.close(name);
    }
  }
}

/**
 * Index of the `>` closing a tag, skipping `>` inside quoted attribute values; -1 at the end of
 * the text; `-(i + 2)` when a `<` at `i` starts before this tag closed (the tag is broken).
 */
function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let i = from; i < xml.length; i += 1) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      return i;
    } else if (ch === "<") {
      return -(i + 2);
    }
  }
  return -1;
}
