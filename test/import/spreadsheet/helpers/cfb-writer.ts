// Test helper: a minimal Compound File (OLE2) writer, so .xls readers can be tested without any
// third-party writer. Version 3 (512-byte sectors); streams under 4096 bytes go to the mini
// stream like Excel does, so both read paths are covered.

const END = 0xfffffffe;
const FREE = 0xffffffff;
const FATSECT = 0xfffffffd;

export interface CfbStream {
  name: string;
  data: Uint8Array;
}

function pad(data: Uint8Array, unit: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / unit) * unit || 0);
  out.set(data);
  return out;
}

/**
 * Builds a compound file holding `streams` in its root storage. `noMiniStream` stores small
 * streams in regular sectors, as some non-Microsoft writers do.
 */
export function writeCfb(streams: CfbStream[], options: { noMiniStream?: boolean } = {}): Uint8Array {
  const isSmall = (s: CfbStream): boolean => s.data.length < 4096 && !options.noMiniStream;
  const small = streams.filter(isSmall);
  const big = streams.filter((s) => !isSmall(s));

  // Mini stream: small streams back to back in 64-byte mini sectors.
  const miniFat: number[] = [];
  const miniStart = new Map<CfbStream, number>();
  const miniParts: Uint8Array[] = [];
  for (const s of small) {
    const n = Math.ceil(s.data.length / 64);
    miniStart.set(s, n === 0 ? END : miniFat.length);
    for (let i = 0; i < n; i += 1) miniFat.push(i === n - 1 ? END : miniFat.length + 1);
    miniParts.push(pad(s.data, 64));
  }
  const miniStream = concat(miniParts);

  const dirCount = streams.length + 1;
  const dirSectors = Math.ceil((dirCount * 128) / 512);
  const miniFatSectors = Math.ceil((miniFat.length * 4) / 512);
  const miniStreamSectors = Math.ceil(miniStream.length / 512);
  const bigSectors = big.map((s) => Math.ceil(s.data.length / 512));
  const total = dirSectors + miniFatSectors + miniStreamSectors + bigSectors.reduce((a, b) => a + b, 0);
  const fatSectors = Math.ceil(total / 127) || 1;
  if (fatSectors > 109) throw new Error("test writer: file too big");

  const fat: number[] = [];
  for (let i = 0; i < fatSectors; i += 1) fat.push(FATSECT);
  const chain = (count: number): number => {
    if (count === 0) return END;
    const start = fat.length;
    for (let i = 0; i < count; i += 1) fat.push(i === count - 1 ? END : fat.length + 1);
    return start;
  };
  const dirStart = chain(dirSectors);
  const miniFatStart = chain(miniFatSectors);
  const miniStreamStart = chain(miniStreamSectors);
  const bigStart = bigSectors.map((n) => chain(n));

  const header = new DataView(new ArrayBuffer(512));
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => header.setUint8(i, b));
  header.setUint16(24, 0x3e, true);
  header.setUint16(26, 3, true);
  header.setUint16(28, 0xfffe, true);
  header.setUint16(30, 9, true);
  header.setUint16(32, 6, true);
  header.setUint32(44, fatSectors, true);
  header.setUint32(48, dirStart, true);
  header.setUint32(56, 4096, true);
  header.setUint32(60, miniFatStart, true);
  header.setUint32(64, miniFatSectors, true);
  header.setUint32(68, END, true);
  header.setUint32(72, 0, true);
  for (let i = 0; i < 109; i += 1) header.setUint32(76 + i * 4, i < fatSectors ? i : FREE, true);

  const fatBytes = new DataView(new ArrayBuffer(fatSectors * 512));
  for (let i = 0; i < fatSectors * 128; i += 1) fatBytes.setUint32(i * 4, fat[i] ?? FREE, true);

  const dir = new DataView(new ArrayBuffer(dirSectors * 512));
  const entry = (index: number, name: string, type: number, start: number, size: number, right: number, child: number): void => {
    const o = index * 128;
    for (let i = 0; i < name.length; i += 1) dir.setUint16(o + i * 2, name.charCodeAt(i), true);
    dir.setUint16(o + 64, (name.length + 1) * 2, true);
    dir.setUint8(o + 66, type);
    dir.setUint8(o + 67, 1);
    dir.setUint32(o + 68, FREE, true);
    dir.setUint32(o + 72, right, true);
    dir.setUint32(o + 76, child, true);
    dir.setUint32(o + 116, start, true);
    dir.setUint32(o + 120, size, true);
  };
  for (let i = dirCount; i < dirSectors * 4; i += 1) {
    dir.setUint32(i * 128 + 68, FREE, true);
    dir.setUint32(i * 128 + 72, FREE, true);
    dir.setUint32(i * 128 + 76, FREE, true);
  }
  entry(0, "Root Entry", 5, miniStream.length ? miniStreamStart : END, miniStream.length, FREE, streams.length ? 1 : FREE);
  streams.forEach((s, i) => {
    const next = i + 2 <= streams.length ? i + 2 : FREE;
    const start = isSmall(s) ? (miniStart.get(s) ?? END) : (bigStart[big.indexOf(s)] ?? END);
    entry(i + 1, s.name, 2, start, s.data.length, next, FREE);
  });

  const miniFatBytes = new DataView(new ArrayBuffer(miniFatSectors * 512));
  for (let i = 0; i < miniFatSectors * 128; i += 1) miniFatBytes.setUint32(i * 4, miniFat[i] ?? FREE, true);

  return concat([
    new Uint8Array(header.buffer),
    new Uint8Array(fatBytes.buffer),
    new Uint8Array(dir.buffer),
    new Uint8Array(miniFatBytes.buffer),
    pad(miniStream, 512),
    ...big.map((s) => pad(s.data, 512)),
  ]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
