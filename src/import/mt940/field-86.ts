// :86: information to the account owner. Each bank has its own dialect; we read the common ones:
// German GVC "166?00text?20…?29?32name", Dutch structured "/EREF/…/NAME/…/REMI/…", ING "/CNTP/acct/
// bic/name/", Hungarian ":NS:" numbered lines, mBank "; OD: name;", Knab "NAAM: name", old ABN AMRO
// fixed layouts, and free text. Lines are joined without a space where the dialect wraps mid-word.

export interface Info86 {
  /** Readable remittance text. */
  text: string;
  counterparty?: string;
  counterpartyAccount?: string;
  references: string[];
  /** GVC / posting text when the dialect has one. */
  code?: string;
}

const NL_TAG = /\/([A-Z]{2,5})\//g;

function joinLines(lines: string[]): string {
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    // A full 65-char line wrapped mid-word; a shorter one ended where the bank broke it.
    const prev = lines[i - 1];
    out += i === 0 ? line : (prev !== undefined && prev.length >= 65) ? line : ` ${line}`;
  }
  return out;
}

function readGerman(joined: string): Info86 {
  const fields = new Map<string, string>();
  const code = /^(\d{3})/.exec(joined)?.[1];
  const re = /\?(\d{2})/g;
  const marks: { key: string; at: number; end: number }[] = [];
  for (let m = re.exec(joined); m; m = re.exec(joined)) marks.push({ key: m[1] as string, at: m.index, end: m.index + 3 });
  marks.forEach((mk, k) => {
    const value = joined.slice(mk.end, marks[k + 1]?.at ?? joined.length);
    fields.set(mk.key, (fields.get(mk.key) ?? "") + value);
  });
  const purpose = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "60", "61", "62", "63"]
    .map((k) => fields.get(k) ?? "")
    .join("")
    .trim();
  const posting = fields.get("00")?.trim();
  const text = [posting, purpose].filter(Boolean).join(" ");
  // SEPA references sit in the sub-field where their keyword starts (the next ?2x is new text).
  const refs: string[] = [];
  for (const k of ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29"]) {
    for (const m of (fields.get(k) ?? "").matchAll(/(?:EREF|KREF|MREF)\+\s*(\S+)/g)) refs.push(m[1] as string);
  }
  const out: Info86 = { text: text || joined, references: refs };
  const name = fields.get("32")?.trim();
  if (name) out.counterparty = name;
  const account = fields.get("31")?.trim();
  if (account) out.counterpartyAccount = account;
  if (code) out.code = code;
  return out;
}

function readDutch(joined: string): Info86 {
  const tags: { tag: string; value: string }[] = [];
  const marks = [...joined.matchAll(NL_TAG)].filter((m) =>
    ["EREF", "ORDP", "BENM", "NAME", "ADDR", "REMI", "ISDT", "CSID", "MARF", "IBAN", "BIC", "CNTP", "TRTP", "PREF", "RTRN", "OCMT", "USTD", "STRD", "ULTC", "ULTD", "PURP", "SVCL", "ID", "CHGS", "EXCH", "TRCD", "BUSP"].includes(m[1] as string),
  );
  marks.forEach((m, k) => {
    const start = (m.index ?? 0) + (m[0] as string).length - 1;
    const end = marks[k + 1]?.index ?? joined.length;
    tags.push({ tag: m[1] as string, value: joined.slice(start + 1, end).replace(/^\/+|\/+$/g, "") });
  });
  const get = (t: string): string | undefined => tags.find((x) => x.tag === t)?.value.trim() || undefined;
  const out: Info86 = { text: joined, references: [] };
  const cntp = get("CNTP");
  const name = get("NAME") ?? (cntp ? cntp.split("/")[2] : undefined);
  if (name) out.counterparty = name.trim();
  const account = get("IBAN") ?? (cntp ? cntp.split("/")[0] : undefined);
  if (account) out.counterpartyAccount = account.trim();
  for (const t of ["EREF", "PREF", "MARF"]) {
    const v = get(t);
    if (v && v !== "NOTPROVIDED") out.references.push(v);
  }
  return out;
}

/** Free-text dialects: name markers per line, old ABN AMRO layouts, HU numbered lines. */
function readFree(lines: string[]): Info86 {
  const joined = joinLines(lines);
  const out: Info86 = { text: joined.replace(/\s{2,}/g, " ").trim(), references: [] };
  const set = (name: string | undefined): void => {
    const n = name?.trim();
    if (n && !out.counterparty) out.counterparty = n;
  };
  for (const line of lines) {
    set(/(?:^|;)\s*(?:OD|DLA|NADAWCA|ODBIORCA):\s*([^;]+?)\s*(?:;|$)/.exec(line)?.[1]);
    set(/NAAM:\s*(.+?)\s*$/.exec(line)?.[1]);
  }
  set(/^BEA\s+NR:\S+\s+\d\d\.\d\d\.\d\d\/\d\d\.\d\d\s+(.+?),PAS\d*/.exec(joined)?.[1]);
  set(/^GIRO\s+\d+\s+(.+?)\s{2,}/.exec(joined)?.[1]);
  set(/^[\d.]{6,}\s{2,}(.+?)(?:\s{2,}|$)/.exec(lines[0] ?? "")?.[1]);
  set(/\bTRF (?:TO|FROM)\s+(.+?)\s*$/.exec(joined)?.[1]);
  // Hungarian numbered sub-fields (":NS:" and Raiffeisen's plain lines): 15/16 or the 3rd line carry the name.
  const numbered = lines.filter((l) => /^\d{2}\S/.test(l));
  if (numbered.length >= 3 && numbered.length === lines.filter((l) => l.trim()).length) {
    const byKey = new Map<string, string>();
    for (const l of numbered) byKey.set(l.slice(0, 2), (byKey.get(l.slice(0, 2)) ?? "") + l.slice(2));
    set([byKey.get("15"), byKey.get("16")].filter(Boolean).join(""));
    out.text = [...byKey.values()].join(" ").replace(/\s{2,}/g, " ").trim();
    for (const k of ["17", "02"]) {
      const v = byKey.get(k)?.trim();
      if (v) out.references.push(v);
    }
  } else if (lines.length >= 3 && /^[A-Z0-9]{8,20}$/.test(lines[0]?.trim() ?? "") && /^\d{16,}$/.test(lines[1]?.trim() ?? "")) {
    set(lines[2]?.split(/\s{2,}/)[0]);
    out.counterpartyAccount = lines[1]?.trim();
  } else if (lines.length >= 3 && /^[A-Z0-9]{8,20}$/.test(lines[0]?.trim() ?? "")) {
    set(lines[2]?.split(/\s{2,}/)[0]);
  }
  return out;
}

/** Reads the raw lines of one :86: (or :NS:) field. */
export function parseInfo86(lines: string[]): Info86 {
  const trimmed = lines.map((l) => l.replace(/\s+$/, ""));
  const first = trimmed[0] ?? "";
  if (/^\d{3}\?/.test(first) || /^\?\d{2}/.test(first)) return readGerman(trimmed.join(""));
  if (/^\/[A-Z]{2,5}\//.test(first) && /\/(?:EREF|NAME|REMI|CNTP|TRTP|ORDP|BENM|PREF)\//.test(trimmed.join(""))) {
    return readDutch(trimmed.join(""));
  }
  return readFree(trimmed);
}
