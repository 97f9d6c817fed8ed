// Splits delimited text into rows of cells, tolerant the way bank exports need: quotes only
// open a field at its start (WeChat writes bare quotes inside fields), a TAB or spaces outside
// the quotes are padding (`"-1.00"\t,` in HSBC HK), CRLF / LF / CR all end a line.

/** One physical record with the 1-based line it starts on. */
export interface TextRow {
  line: number;
  cells: string[];
}

/** Picks the delimiter whose per-line count is most consistent and largest. */
export function sniffDelimiter(text: string): string {
  const lines = text.slice(0, 65536).split(/\r\n|\n|\r/).filter((l) => l.trim()).slice(0, 200);
  let best = ",";
  let bestScore = 0;
  for (const d of [",", ";", "\t", "|"]) {
    const counts = new Map<number, number>();
    for (const l of lines) {
      const n = l.split(d).length - 1;
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [n, freq] of counts) score = Math.max(score, freq * Math.min(n, 30) + freq * 2);
    // A tab that only pads cells after a comma is not the delimiter.
    if (d === "\t" && /"\s*\t\s*,|\t\s*,/.test(text.slice(0, 65536))) score = 0;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/**
 * One line with well-formed quoted fields ("a","b ""x""",c), padding allowed after a closing
 * quote. Undefined when the line needs the careful parser (a quote that opens mid-field, a quoted
 * field running onto the next line, text after a closing quote).
 */
function splitQuotedLine(raw: string, d: string): string[] | undefined {
  const cells: string[] = [];
  let pos = 0;
  for (;;) {
    let start = pos;
    while (raw[start] === " " || raw[start] === "\t") start++;
    if (raw[start] === '"') {
      let j = raw.indexOf('"', start + 1);
      while (j >= 0 && raw[j + 1] === '"') j = raw.indexOf('"', j + 2);
      if (j < 0) return undefined;
      let k = j + 1;
      while (raw[k] === " " || raw[k] === "\t") k++;
      if (k < raw.length && raw[k] !== d) return undefined;
      const inner = raw.slice(start + 1, j);
      cells.push(inner.includes('""') ? inner.replace(/""/g, '"') : inner);
      if (k >= raw.length) return cells;
      pos = k + 1;
    } else {
      const k = raw.indexOf(d, pos);
      const cell = raw.slice(pos, k < 0 ? raw.length : k);
      if (cell.includes('"')) return undefined;
      cells.push(cell);
      if (k < 0) return cells;
      pos = k + 1;
    }
  }
}

/** Parses all rows. Never throws; an unterminated quote runs to the end of its line. */
export function splitRows(text: string, delimiter: string): TextRow[] {
  const rows: TextRow[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  let nextCr = text.indexOf("\r");
  while (i < n) {
    // Fast path: a line without quotes is a plain split (most rows of most exports).
    let nl = text.indexOf("\n", i);
    if (nl < 0) nl = n;
    if (nextCr >= 0 && nextCr < i) nextCr = text.indexOf("\r", i); // searched again only once passed
    const cr = nextCr;
    if (cr < 0 || cr >= nl - 1) {
      const end = cr === nl - 1 && cr >= 0 ? cr : nl;
      const raw = text.slice(i, end);
      const cells = raw.includes('"') ? splitQuotedLine(raw, delimiter) : raw.split(delimiter);
      if (cells) {
        rows.push({ line, cells });
        line++;
        i = nl + 1;
        continue;
      }
    }
    const startLine = line;
    const cells: string[] = [];
    let cell = "";
    let inQuotes = false;
    let quotedCell = false;
    let atStart = true;
    let ended = false;
    while (i < n) {
      const c = text[i] as string;
      if (inQuotes) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          inQuotes = false;
          i++;
          continue;
        }
        if (c === "\n" || c === "\r") {
          // Quoted line breaks are allowed, but a quote left open for many lines is a broken row.
          const close = text.indexOf('"', i);
          const nextBreak = text.slice(i + 1, Math.min(n, i + 2000)).search(/[\r\n]/);
          if (close < 0 || (nextBreak >= 0 && close > i + 1 + nextBreak && text.slice(i, close).split(/\n/).length > 4)) {
            inQuotes = false;
            continue;
          }
          if (c === "\n") line++;
          else if (text[i + 1] !== "\n") line++;
        }
        cell += c;
        i++;
        continue;
      }
      if (c === delimiter) {
        cells.push(quotedCell ? cell : cell);
        cell = "";
        quotedCell = false;
        atStart = true;
        i++;
        continue;
      }
      if (c === "\r" || c === "\n") {
        i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
        line++;
        ended = true;
        break;
      }
      if (c === '"' && atStart && cell.trim() === "") {
        inQuotes = true;
        quotedCell = true;
        cell = "";
        atStart = false;
        i++;
        continue;
      }
      if (quotedCell && (c === " " || c === "\t")) {
        i++; // padding after the closing quote
        continue;
      }
      if (c !== " " && c !== "\t") atStart = false;
      cell += c;
      i++;
    }
    cells.push(cell);
    rows.push({ line: startLine, cells });
    if (!ended && i >= n) break;
  }
  return rows;
}
