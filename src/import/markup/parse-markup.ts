// A forgiving tag-tree reader for XML (CAMT, OFX 2) and SGML (OFX 1). Bank files are often not
// well-formed: OFX 1 leaves leaf tags unclosed, some files close only a few of them, some put an
// XML header over SGML. Rather than fail, we build the tree a careful reader would see: an unclosed
// leaf ends at the next tag, a stray closing tag is ignored, unclosed elements end with the file.

/** One element. `name` is the local name (namespace prefix dropped: banks vary the prefix). */
export interface MarkupNode {
  name: string;
  attrs: Record<string, string>;
  children: MarkupNode[];
  /** Direct text content, entities decoded, CDATA included, not trimmed. */
  text: string;
  /** 1-based line of the opening tag. */
  line: number;
}

export interface MarkupOptions {
  /** SGML mode: elements for which this returns true are leaves that may be left unclosed. */
  isLeaf?: (name: string) => boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the five XML entities and numeric references; unknown entities stay as written. */
export function decodeEntities(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (all, ent: string) => {
    if (ent[0] === "#") {
      const cp = ent[1] === "x" || ent[1] === "X" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return ENTITIES[ent] ?? all;
  });
}

function localName(qname: string): string {
  const colon = qname.lastIndexOf(":");
  return colon >= 0 ? qname.slice(colon + 1) : qname;
}

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    attrs[localName(m[1] as string)] = decodeEntities(m[3] ?? m[4] ?? m[5] ?? "");
  }
  return attrs;
}

/** Index of the `>` that ends a tag starting at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(s: string, from: number): number {
  let quote = "";
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
    else if (c === "<") return -1;
  }
  return -1;
}

/** Parses `text` into a tree under a synthetic `#document` node. Never throws. */
export function parseMarkup(text: string, options: MarkupOptions = {}): MarkupNode {
  const root: MarkupNode = { name: "#document", attrs: {}, children: [], text: "", line: 1 };
  const stack: MarkupNode[] = [root];
  const leafOpen: boolean[] = [false];
  let line = 1;
  let counted = 0;
  const lineAt = (pos: number): number => {
    for (let k = counted; k < pos; k++) if (text.charCodeAt(k) === 10) line++;
    counted = Math.max(counted, pos);
    return line;
  };
  const top = (): MarkupNode => stack[stack.length - 1] as MarkupNode;
  const closeOpenLeaf = (): void => {
    if (stack.length > 1 && leafOpen[leafOpen.length - 1]) {
      stack.pop();
      leafOpen.pop();
    }
  };
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const end = lt < 0 ? text.length : lt;
    if (end > i) top().text += decodeEntities(text.slice(i, end));
    if (lt < 0) break;
    if (text.startsWith("<!--", lt)) {
      const close = text.indexOf("-->", lt + 4);
      i = close < 0 ? text.length : close + 3;
      continue;
    }
    if (text.startsWith("<![CDATA[", lt)) {
      const close = text.indexOf("]]>", lt + 9);
      top().text += text.slice(lt + 9, close < 0 ? text.length : close);
      i = close < 0 ? text.length : close + 3;
      continue;
    }
    if (text[lt + 1] === "?" || text[lt + 1] === "!") {
      const close = text.indexOf(">", lt + 2);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    const closing = text[lt + 1] === "/";
    const nameMatch = /^[A-Za-z_][\w.:-]*/.exec(text.slice(lt + (closing ? 2 : 1), lt + 200));
    const gt = nameMatch ? tagEnd(text, lt + 1) : -1;
    if (!nameMatch || gt < 0) {
      // A lone "<" in text (e.g. "A<B" in a memo): keep it as text.
      top().text += "<";
      i = lt + 1;
      continue;
    }
    const name = localName(nameMatch[0]);
    i = gt + 1;
    if (closing) {
      let k = stack.length - 1;
      while (k > 0 && (stack[k] as MarkupNode).name !== name) k--;
      if (k > 0) {
        stack.length = k;
        leafOpen.length = k;
      }
      continue;
    }
    closeOpenLeaf();
    const selfClosing = text[gt - 1] === "/";
    const node: MarkupNode = {
      name,
      attrs: parseAttrs(text.slice(lt + 1 + nameMatch[0].length, selfClosing ? gt - 1 : gt)),
      children: [],
      text: "",
      line: lineAt(lt),
    };
    top().children.push(node);
    if (!selfClosing) {
      stack.push(node);
      leafOpen.push(options.isLeaf ? options.isLeaf(name) : false);
    }
  }
  return root;
}
