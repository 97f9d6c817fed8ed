// A small reader for the Compound File Binary format (OLE2 "structured storage", [MS-CFB]),
// the container of legacy .xls files. Read-only and defensive: every sector number is checked
// against the file, every chain is bounded and cycle-checked, so a damaged or hostile file ends
// in an error message, never a hang. Errors are thrown as CfbError and caught by the caller.

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECT = 0xffffffff;
const NO_STREAM = 0xffffffff;

export class CfbError extends Error {}

/** One directory entry (storage, stream or root). */
export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export interface CfbFile {
  bytes: Uint8Array;
  sectorSize: number;
  miniSectorSize: number;
  miniCutoff: number;
  fat: Uint32Array;
  miniFat: Uint32Array;
  entries: CfbEntry[];
  /** Problems met while reading that still let some streams be read (e.g. a short chain). */
  warnings: string[];
}

function u32(view: DataView, offset: number): number {
  return view.getUint32(offset, true);
}

/** True when the bytes start with the compound-file signature. */
export function hasCfbSignature(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Parses header, FAT (via the DIFAT), mini FAT and directory. Throws CfbError on damage. */
export function openCfb(bytes: Uint8Array): CfbFile {
  if (!hasCfbSignature(bytes)) throw new CfbError("no compound-file signature");
  if (bytes.length < 512) throw new CfbError("header is cut short");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  const miniShift = view.getUint16(32, true);
  if (shift !== 9 && shift !== 12) throw new CfbError(`sector size 2^${shift} is invalid`);
  if (miniShift > shift) throw new CfbError(`mini sector size 2^${miniShift} is invalid`);
  const sectorSize = 1 << shift;
  const sectorCount = Math.max(0, Math.ceil((bytes.length - sectorSize) / sectorSize));
  const warnings: string[] = [];
  const file: CfbFile = {
    bytes,
    sectorSize,
    miniSectorSize: 1 << miniShift,
    miniCutoff: u32(view, 56),
    fat: new Uint32Array(0),
    miniFat: new Uint32Array(0),
    entries: [],
    warnings,
  };

  // FAT sector numbers: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = u32(view, 44);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i += 1) {
    const s = u32(view, 76 + i * 4);
    if (s === FREE_SECT || s === END_OF_CHAIN) break;
    fatSectors.push(s);
  }
  let difat = u32(view, 68);
  const seen = new Set<number>();
  const perDifat = sectorSize / 4 - 1;
  while (difat < sectorCount && fatSectors.length < fatCount && !seen.has(difat)) {
    seen.add(difat);
    const base = (difat + 1) * sectorSize;
    for (let i = 0; i < perDifat && fatSectors.length < fatCount; i += 1) {
      const s = u32(view, base + i * 4);
      if (s === FREE_SECT || s === END_OF_CHAIN) break;
      fatSectors.push(s);
    }
    difat = u32(view, base + perDifat * 4);
  }
  if (fatSectors.length === 0) throw new CfbError("the allocation table (FAT) is missing");
  const fat = new Uint32Array(fatSectors.length * (sectorSize / 4));
  fatSectors.forEach((s, k) => {
    if (s >= sectorCount) {
      warnings.push(`FAT sector ${s} lies beyond the end of the file`);
      fat.fill(FREE_SECT, k * (sectorSize / 4), (k + 1) * (sectorSize / 4));
      return;
    }
    const base = (s + 1) * sectorSize;
    for (let i = 0; i < sectorSize / 4; i += 1) fat[k * (sectorSize / 4) + i] = u32(view, base + i * 4);
  });
  file.fat = fat;

  const dir = readChain(file, fat, u32(view, 48), sectorSize, "directory", Infinity);
  for (let off = 0; off + 128 <= dir.length; off += 128) {
    const d = new DataView(dir.buffer, dir.byteOffset + off, 128);
    const nameLen = Math.min(64, d.getUint16(64, true));
    let name = "";
    for (let i = 0; i + 1 < nameLen - 1; i += 2) name += String.fromCharCode(d.getUint16(i, true));
    file.entries.push({
      name,
      type: d.getUint8(66),
      left: d.getUint32(68, true),
      right: d.getUint32(72, true),
      child: d.getUint32(76, true),
      start: d.getUint32(116, true),
      size: d.getUint32(120, true), // the high 32 bits only matter beyond 4 GB
    });
  }
  const root = file.entries[0];
  if (!root || root.type !== 5) throw new CfbError("the root directory entry is missing");
  const miniFatBytes = readChain(file, fat, u32(view, 60), sectorSize, "mini FAT", u32(view, 64) * sectorSize);
  file.miniFat = new Uint32Array(Math.floor(miniFatBytes.length / 4));
  const mv = new DataView(miniFatBytes.buffer, miniFatBytes.byteOffset, miniFatBytes.byteLength);
  for (let i = 0; i < file.miniFat.length; i += 1) file.miniFat[i] = mv.getUint32(i * 4, true);
  return file;
}

/**
 * Follows a sector chain and concatenates its sectors, up to `limit` bytes. A chain that leaves
 * the file or loops is cut there (with a warning), so the loop runs at most once per sector.
 */
function readChain(file: CfbFile, table: Uint32Array, start: number, unit: number, what: string, limit: number, source?: Uint8Array): Uint8Array {
  const src = source ?? file.bytes;
  const offsetOf = source ? (s: number) => s * unit : (s: number) => (s + 1) * unit;
  const parts: Uint8Array[] = [];
  let total = 0;
  const seen = new Set<number>();
  let s = start;
  while (s !== END_OF_CHAIN && total < limit) {
    if (s === FREE_SECT || s >= table.length || offsetOf(s) >= src.length) {
      if (s !== FREE_SECT || total > 0) file.warnings.push(`the ${what} chain is broken at sector ${s}`);
      break;
    }
    if (seen.has(s)) {
      file.warnings.push(`the ${what} chain loops at sector ${s}`);
      break;
    }
    seen.add(s);
    const chunk = src.subarray(offsetOf(s), Math.min(offsetOf(s) + unit, src.length));
    parts.push(chunk);
    total += chunk.length;
    if (chunk.length < unit) {
      file.warnings.push(`the ${what} is cut short by the end of the file`);
      break;
    }
    s = table[s] ?? END_OF_CHAIN;
  }
  const out = new Uint8Array(Math.min(total, limit));
  let pos = 0;
  for (const p of parts) {
    const take = Math.min(p.length, out.length - pos);
    out.set(p.subarray(0, take), pos);
    pos += take;
  }
  return out;
}

/** The streams directly inside the root storage, by walking its red-black tree (cycle-safe). */
export function rootStreams(file: CfbFile): CfbEntry[] {
  const out: CfbEntry[] = [];
  const seen = new Set<number>();
  const stack = [file.entries[0]?.child ?? NO_STREAM];
  while (stack.length > 0) {
    const id = stack.pop() ?? NO_STREAM;
    if (id === NO_STREAM || id >= file.entries.length || seen.has(id)) continue;
    seen.add(id);
    const e = file.entries[id];
    if (!e) continue;
    out.push(e);
    stack.push(e.left, e.right);
  }
  return out;
}

/** Reads a stream's bytes; a stream cut short is returned as far as it goes (with a warning). */
export function readStream(file: CfbFile, entry: CfbEntry): Uint8Array {
  const warnings = file.warnings;
  const attempt = (mini: boolean): { data: Uint8Array; warnings: string[] } => {
    file.warnings = [];
    let data: Uint8Array;
    if (mini) {
      const root = file.entries[0];
      const container = root ? readChain(file, file.fat, root.start, file.sectorSize, "mini stream", root.size) : new Uint8Array(0);
      data = readChain(file, file.miniFat, entry.start, file.miniSectorSize, `stream ${entry.name}`, entry.size, container);
    } else {
      data = readChain(file, file.fat, entry.start, file.sectorSize, `stream ${entry.name}`, entry.size);
    }
    if (data.length < entry.size) file.warnings.push(`stream ${entry.name} is cut short`);
    return { data, warnings: file.warnings };
  };
  let best = attempt(entry.size < file.miniCutoff);
  if (best.data.length < entry.size && entry.size < file.miniCutoff) {
    // Some writers put small streams in regular sectors anyway: try that before giving up.
    const regular = attempt(false);
    if (regular.data.length > best.data.length) best = regular;
  }
  file.warnings = warnings;
  warnings.push(...best.warnings);
  return best.data;
}
