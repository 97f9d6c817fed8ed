// Small path queries over a MarkupNode tree: "A/B/C" walks direct children by local name.
import type { MarkupNode } from "./parse-markup";

/** First direct child named `name`. */
export function child(node: MarkupNode | undefined, name: string): MarkupNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/** All direct children named `name`. */
export function childrenNamed(node: MarkupNode | undefined, name: string): MarkupNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** The node at a slash-separated path of child names. */
export function at(node: MarkupNode | undefined, path: string): MarkupNode | undefined {
  let cur = node;
  for (const part of path.split("/")) {
    cur = child(cur, part);
    if (!cur) return undefined;
  }
  return cur;
}

/** All nodes reached by the path (every match at every step). */
export function all(node: MarkupNode | undefined, path: string): MarkupNode[] {
  let cur: MarkupNode[] = node ? [node] : [];
  for (const part of path.split("/")) cur = cur.flatMap((n) => childrenNamed(n, part));
  return cur;
}

/** Trimmed text at the path, whitespace runs collapsed; undefined when absent or empty. */
export function textAt(node: MarkupNode | undefined, path: string): string | undefined {
  const n = path ? at(node, path) : node;
  const t = n?.text.replace(/\s+/g, " ").trim();
  return t ? t : undefined;
}

/** Every descendant (depth first) named `name`. */
export function descendants(node: MarkupNode | undefined, name: string): MarkupNode[] {
  const out: MarkupNode[] = [];
  const walk = (n: MarkupNode): void => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  if (node) walk(node);
  return out;
}
