// The zip ("OPC package") side of .xlsx: list the parts, inflate one part at a time, resolve
// relationship targets. One part at a time so a damaged sheet does not hide the others, and so
// a declared size can be checked before any memory is spent on it (zip bombs).
import { unzipSync, type UnzipFileInfo } from "fflate";
import { scanXml } from "./xml-scan";
import { inflatePartial, scanLocalHeaders, type LocalEntry } from "./zip-recover";

/** Largest part inflated (bytes); Excel's own parts stay far below this. */
const MAX_PART_BYTES = 512 * 1024 * 1024;
/** Deflate cannot expand more than ~1032×; a bigger claimed ratio is a lie or a bomb. */
const MAX_RATIO = 1100;

/** An opened zip: the part names as stored, looked up case-insensitively. */
export interface ZipPackage {
  bytes: Uint8Array;
  /** Lower-cased name (no leading "/") → name as stored. */
  names: Map<string, string>;
  /** Set when the central directory was lost and parts were found by their local headers. */
  recovered?: Map<string, LocalEntry>;
}

/**
 * Lists the parts of a zip. When the central directory is unreadable (a file cut short), falls
 * back to the local headers; throws (caught by the caller) when neither gives any part.
 */
export function openZip(bytes: Uint8Array): ZipPackage {
  const names = new Map<string, string>();
  try {
    unzipSync(bytes, {
      filter(file: UnzipFileInfo) {
        names.set(normalise(file.name), file.name);
        return false;
      },
    });
    return { bytes, names };
  } catch (e) {
    const entries = bytes[0] === 0x50 && bytes[1] === 0x4b ? scanLocalHeaders(bytes) : [];
    if (entries.length === 0) throw e;
    const recovered = new Map<string, LocalEntry>();
    for (const entry of entries) {
      names.set(normalise(entry.name), entry.name);
      recovered.set(entry.name, entry);
    }
    return { bytes, names, recovered };
  }
}

function normalise(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

/** True when the package holds the part (case-insensitive). */
export function hasPart(pkg: ZipPackage, path: string): boolean {
  return pkg.names.has(normalise(path));
}

/**
 * Inflates one part and decodes it as text (UTF-8, or UTF-16 with a BOM).
 * Returns undefined when the part is absent; throws when it is present but damaged or too big.
 */
export function readPartText(pkg: ZipPackage, path: string): string | undefined {
  const stored = pkg.names.get(normalise(path));
  if (stored === undefined) return undefined;
  const local = pkg.recovered?.get(stored);
  if (local) return decodeText(inflatePartial(pkg.bytes, local, MAX_PART_BYTES).data);
  const out = unzipSync(pkg.bytes, {
    filter(file: UnzipFileInfo) {
      if (file.name !== stored) return false;
      const limit = Math.min(MAX_PART_BYTES, Math.max(file.size, 1) * MAX_RATIO);
      if (file.originalSize > limit) throw new Error(`part ${stored} claims ${file.originalSize} bytes`);
      return true;
    },
  });
  const data = out[stored];
  if (!data) return undefined;
  return decodeText(data);
}

function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data.subarray(2));
  return new TextDecoder("utf-8").decode(data); // drops a UTF-8 BOM itself
}

/** One relationship of a `.rels` part. */
export interface Relationship {
  id: string;
  type: string;
  /** Package path of the target (resolved, no leading "/"); "" for external targets. */
  target: string;
}

/** Parses a `.rels` part; `base` is the folder of the source part ("xl/" for the workbook). */
export function parseRels(xml: string, base: string): Relationship[] {
  const rels: Relationship[] = [];
  scanXml(xml, {
    open(name, attrs) {
      if (name !== "Relationship") return;
      const external = (attrs.TargetMode ?? "").toLowerCase() === "external";
      rels.push({
        id: attrs.Id ?? "",
        type: attrs.Type ?? "",
        target: external ? "" : resolveTarget(base, attrs.Target ?? ""),
      });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** Resolves a relationship target against the source folder, handling "/abs" and "../". */
export function resolveTarget(base: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const seg of joined.replace(/\\/g, "/").split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** Folder of a part path, with a trailing "/" ("xl/workbook.xml" → "xl/"). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash + 1);
}
