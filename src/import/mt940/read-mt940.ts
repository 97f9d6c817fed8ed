// MT940 (and MT942) → payments: one per :61:, in every statement of the file. Handles SWIFT block
// wrappers ({1:…}{2:…}{4: … -}), SOH/ETX framing, bank header lines (ABNANL2A / 940), :28: and
// :28C:, multi-page statements (:60M:/:62M:), :86: after :62F: belonging to the statement, and
// the non-standard :NS: field. Every :61: that cannot be read becomes a problem, never a 0.
import type { Money } from "../../core/money";
import { sum } from "../../core/money";
import type { ImportedPayment, ReaderContext, ReaderOutput, StatementBalance, StatementInfo } from "../types";
import { parseLine61 } from "./field-61";
import { parseInfo86 } from "./field-86";
import { plainDecimal } from "../common/decimal-text";
import { isoDate } from "../common/calendar";
import { checkBalances } from "../common/balance-check";
import { startReader } from "../common/reader-output";

interface Field {
  tag: string;
  line: number;
  lines: string[];
}

const TAG = /^:(\d{2}[A-Z]?|NS):/;

/** Splits the text into tagged fields with their continuation lines, dropping envelopes. */
function fields(text: string): Field[] {
  const raw = text.replace(/[\u0001\u0003]/g, "").split(/\r\n|\r|\n/);
  const out: Field[] = [];
  let cur: Field | undefined;
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i] as string;
    line = line.replace(/^(?:\{\d:[^{}]*\})*\{4:/, "");
    if (/^(?:\{\d:[^{}]*\})+\s*$/.test(line) || /^\{[1-5]:/.test(line)) continue;
    const t = line.trim();
    if (t === "-" || t === "-}" || /^-\}/.test(t)) {
      // "-" ends a message, but ING also wraps a lone "-" inside :86:; it ends only if what follows is not text.
      let k = i + 1;
      while (k < raw.length && (raw[k] as string).trim() === "") k++;
      const next = raw[k]?.trim();
      if (next === undefined || next.startsWith(":") || next.startsWith("{") || /^[A-Z0-9]{8,11}$/.test(next) || /^\d{3}$/.test(next)) {
        cur = undefined;
        continue;
      }
    }
    const m = TAG.exec(line);
    if (m) {
      cur = { tag: m[1] as string, line: i + 1, lines: [line.slice((m[0] as string).length)] };
      out.push(cur);
    } else if (cur && t !== "") {
      cur.lines.push(line);
    }
  }
  return out;
}

interface Balance {
  credit: boolean;
  date?: string;
  currency: string;
  amount: Money;
}

function parseBalance(raw: string): Balance | undefined {
  const m = /^([CD])(\d{6})([A-Z]{3})([\d,]+)/.exec(raw.trim());
  if (!m) return undefined;
  const amount = plainDecimal(m[4] as string, ",");
  if (!amount) return undefined;
  const d = m[2] as string;
  const b: Balance = { credit: m[1] === "C", currency: m[3] as string, amount };
  const date = isoDate(2000 + Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 6)));
  if (date) b.date = date;
  return b;
}

const BALANCE_KIND: Record<string, StatementBalance["kind"]> = {
  "60F": "opening",
  "60M": "opening",
  "62F": "closing",
  "62M": "closing",
  "64": "available",
  "65": "forward",
};

export function readMt940(text: string, ctx: ReaderContext): ReaderOutput {
  const { payments, problems, balances, statements, problem } = startReader(ctx);
  let stmt: { id: string; account?: string; start: number; line: number; balances: StatementBalance[]; currency?: string } | undefined;
  let current: ImportedPayment | undefined;
  const closeStatement = (): void => {
    if (!stmt) return;
    const own = payments.slice(stmt.start);
    const currency = stmt.currency ?? stmt.balances[0]?.currency ?? "";
    for (const p of own) if (!p.currency) p.currency = currency;
    if (!currency && own.length) problem(stmt.line, ":60F:", "currency-unknown", "", "the statement has no balance line giving its currency");
    balances.push(...stmt.balances);
    const opening = stmt.balances.find((b) => b.kind === "opening");
    if (opening) problems.push(...checkBalances(stmt.id, stmt.balances, sum(own.map((p) => p.amount)), stmt.line, ctx));
    const info: StatementInfo = { id: stmt.id, count: own.length };
    if (stmt.account) info.account = stmt.account;
    if (currency) info.currency = currency;
    statements.push(info);
    stmt = undefined;
  };
  const openStatement = (id: string, line: number): void => {
    closeStatement();
    stmt = { id, start: payments.length, line, balances: [] };
  };
  for (const f of fields(text)) {
    const first = f.lines[0] ?? "";
    switch (f.tag) {
      case "20":
        openStatement(first.trim() || `statement@${f.line}`, f.line);
        current = undefined;
        break;
      case "25":
        if (!stmt) openStatement(`statement@${f.line}`, f.line);
        if (stmt) stmt.account = first.trim();
        break;
      case "60F":
      case "60M":
      case "62F":
      case "62M":
      case "64":
      case "65": {
        if (!stmt) openStatement(`statement@${f.line}`, f.line);
        const b = parseBalance(first);
        if (!b) {
          problem(f.line, `:${f.tag}:`, "amount-unreadable", first.trim(), "balance line");
          break;
        }
        const sb: StatementBalance = {
          statementId: stmt?.id ?? "",
          kind: BALANCE_KIND[f.tag] ?? "closing",
          amount: b.credit ? b.amount : b.amount.negated(),
          currency: b.currency,
        };
        if (b.date) sb.date = b.date;
        stmt?.balances.push(sb);
        if (stmt && !stmt.currency) stmt.currency = b.currency;
        if (f.tag !== "60F" && f.tag !== "60M") current = undefined;
        break;
      }
      case "61": {
        if (!stmt) openStatement(`statement@${f.line}`, f.line);
        const l = parseLine61(first);
        if (!l) {
          current = undefined;
          problem(f.line, ":61:", "row-unreadable", first.trim(), "the :61: line does not follow the MT940 layout");
          break;
        }
        const date = l.entryDate ?? l.valueDate;
        if (!date) problem(f.line, ":61:", "date-impossible", l.entryDateRaw ?? l.valueDateRaw);
        else if (!l.valueDate) problem(f.line, ":61:", "date-impossible", l.valueDateRaw, "value date");
        const supplementary = f.lines.slice(1).map((s) => s.trim()).filter(Boolean).join(" ");
        const p: ImportedPayment = {
          id: `${ctx.sheet}!${f.line}`,
          source: { sheet: ctx.sheet, row: f.line },
          date: date ?? "",
          amount: l.credit ? l.amount : l.amount.negated(),
          currency: stmt?.currency ?? "",
          direction: l.credit ? "in" : "out",
          payer: "",
          method: "bank",
          status: l.reversal ? "reversed" : "ok",
          statementId: stmt?.id ?? "",
        };
        if (l.valueDate) p.valueDate = l.valueDate;
        const refs = [l.customerRef, l.bankRef].filter((r): r is string => !!r);
        if (refs.length) {
          p.reference = refs[0] as string;
          p.references = refs;
        }
        if (supplementary) p.memo = supplementary;
        if (l.typeCode) p.bankCode = l.typeCode;
        if (l.reversal) p.reversal = true;
        if (stmt?.account) p.account = stmt.account;
        payments.push(p);
        current = p;
        break;
      }
      case "86":
      case "NS": {
        if (!current) break; // statement-level information (after :62F:), or the :NS: header block
        const info = parseInfo86(f.lines);
        current.memo = [current.memo, info.text].filter(Boolean).join(" | ");
        if (info.counterparty) current.payer = info.counterparty;
        if (info.counterpartyAccount) current.payerAccount = info.counterpartyAccount;
        if (info.code && !current.bankCode) current.bankCode = info.code;
        if (info.references.length) {
          const refs = [...info.references, ...(current.references ?? [])].filter((r, k, a) => a.indexOf(r) === k);
          current.references = refs;
          current.reference = refs[0] as string;
        }
        const ocmt = /\/OCMT\/([A-Z]{3})([\d,]+)\//.exec(f.lines.join(""));
        const original = ocmt ? plainDecimal(ocmt[2] as string, ",") : undefined;
        if (ocmt && original) {
          current.originalCurrency = ocmt[1] as string;
          current.originalAmount = original;
        }
        break;
      }
      default:
        break;
    }
  }
  closeStatement();
  if (payments.length === 0 && statements.length === 0) problem(0, "", "file-unreadable", "", "no MT940 statement (:20: / :61:) found");
  return { payments, problems, balances, statements };
}
