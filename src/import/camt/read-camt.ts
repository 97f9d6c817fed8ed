// CAMT.052 / .053 / .054 (ISO 20022 XML) → payments. One payment per <Ntry>, except a batch entry
// whose several <TxDtls> each carry their own amount: it is split so each invoice payment can be
// matched on its own. Direction is CdtDbtInd as reported (a reversal reported DBIT is money out:
// the sign is never flipped a second time). Charges are information (Chrgs), never extra lines.
import type { MarkupNode } from "../markup/parse-markup";
import { parseMarkup } from "../markup/parse-markup";
import { all, at, child, childrenNamed, textAt } from "../markup/query";
import type { ImportedPayment, ReaderContext, ReaderOutput, StatementBalance, StatementInfo } from "../types";
import { bankCode, camtDate, counterparty, creditDebit, entryStatus, ownAmount, references, remittanceText } from "./camt-fields";
import { leadingIsoDate } from "../common/calendar";
import { plainDecimal } from "../common/decimal-text";
import type { Money } from "../../core/money";
import { sum } from "../../core/money";
import { checkBalances } from "../common/balance-check";
import { startReader } from "../common/reader-output";

const STATEMENT_TAGS = ["Stmt", "Ntfctn", "Rpt"];
const BALANCE_KINDS: Record<string, StatementBalance["kind"]> = {
  OPBD: "opening",
  PRCD: "opening",
  CLBD: "closing",
  CLAV: "available",
  FWAV: "forward",
};

interface AmountRead {
  amount: Money;
  currency: string;
}

function readAmount(node: MarkupNode | undefined, fallbackCcy: string): AmountRead | undefined {
  const raw = node?.text.trim();
  if (!node || !raw) return undefined;
  const amount = plainDecimal(raw, ".");
  return amount ? { amount, currency: node.attrs["Ccy"] ?? fallbackCcy } : undefined;
}

/** The statement-level containers of any camt.05x message, whatever its root and version. */
function statementNodes(doc: MarkupNode): MarkupNode[] {
  const document = child(doc, "Document") ?? doc;
  const message = document.children.find((c) => c.name.startsWith("BkToCstmr")) ?? document;
  return message.children.filter((c) => STATEMENT_TAGS.includes(c.name));
}

export function readCamt(text: string, ctx: ReaderContext): ReaderOutput {
  const doc = parseMarkup(text);
  const { payments, problems, balances, statements, problem } = startReader(ctx);
  const stmts = statementNodes(doc);
  if (stmts.length === 0) problem(0, "", "file-unreadable", "", "no <Stmt>, <Ntfctn> or <Rpt> element in the CAMT message");
  for (const stmt of stmts) {
    const acct = child(stmt, "Acct");
    const account = textAt(acct, "Id/IBAN") ?? textAt(acct, "Id/Othr/Id");
    const acctCcy = textAt(acct, "Ccy") ?? "";
    const id = textAt(stmt, "Id") ?? `${stmt.name}@${stmt.line}`;
    const before = payments.length;
    const stmtBalances: StatementBalance[] = [];
    for (const bal of childrenNamed(stmt, "Bal")) {
      const code = textAt(bal, "Tp/CdOrPrtry/Cd") ?? textAt(bal, "Tp/CdOrPrtry/Prtry") ?? "";
      const kind = BALANCE_KINDS[code.toUpperCase()];
      const amt = readAmount(child(bal, "Amt"), acctCcy);
      if (!kind || !amt) continue;
      const signed = creditDebit(bal) === "DBIT" ? amt.amount.negated() : amt.amount;
      const b: StatementBalance = { statementId: id, kind, amount: signed, currency: amt.currency };
      const date = leadingIsoDate(camtDate(child(bal, "Dt")));
      if (date) b.date = date;
      stmtBalances.push(b);
    }
    const entryTotals: Money[] = [];
    for (const entry of childrenNamed(stmt, "Ntry")) {
      const amt = readAmount(child(entry, "Amt"), acctCcy);
      const cd = creditDebit(entry);
      if (!amt) {
        problem(entry.line, "Ntry/Amt", "amount-unreadable", child(entry, "Amt")?.text.trim() ?? "");
        continue;
      }
      if (!cd) problem(entry.line, "Ntry/CdtDbtInd", "row-unreadable", textAt(entry, "CdtDbtInd") ?? "", "CdtDbtInd is neither CRDT nor DBIT; read as credit");
      const out = cd === "DBIT";
      const status = entryStatus(entry);
      if (!status || status === "BOOK") entryTotals.push(out ? amt.amount.negated() : amt.amount);
      const txs = all(entry, "NtryDtls/TxDtls");
      const split = txs.length > 1 && txs.every((tx) => readAmount(ownAmount(tx), amt.currency));
      const units: { tx: MarkupNode | undefined; amount: AmountRead; line: number }[] = split
        ? txs.map((tx) => ({ tx, amount: readAmount(ownAmount(tx), amt.currency) as AmountRead, line: tx.line }))
        : [{ tx: txs[0], amount: amt, line: entry.line }];
      const reversal = textAt(entry, "RvslInd")?.toLowerCase() === "true";
      const bookRaw = camtDate(child(entry, "BookgDt"));
      const valueRaw = camtDate(child(entry, "ValDt"));
      const date = leadingIsoDate(bookRaw);
      const valueDate = leadingIsoDate(valueRaw);
      if (!date) problem(entry.line, "Ntry/BookgDt", bookRaw ? "date-impossible" : "date-missing", bookRaw ?? "");
      for (const unit of units) {
        const party = counterparty(unit.tx, reversal ? out : !out, account);
        const refs = references(entry, unit.tx);
        const memo = remittanceText(entry, unit.tx);
        const p: ImportedPayment = {
          id: `${ctx.sheet}!${unit.line}`,
          source: { sheet: ctx.sheet, row: unit.line },
          date: date ?? "",
          amount: out ? unit.amount.amount.negated() : unit.amount.amount,
          currency: unit.amount.currency,
          direction: out ? "out" : "in",
          payer: party.name ?? "",
          method: "bank",
          status: reversal ? "reversed" : status === "PDNG" || status === "INFO" ? "pending" : "ok",
          statementId: id,
        };
        if (valueDate) p.valueDate = valueDate;
        if (party.account) p.payerAccount = party.account;
        if (refs.length) {
          p.reference = refs[0] as string;
          p.references = refs;
        }
        if (memo) p.memo = memo;
        if (account) p.account = account;
        if (status) p.statusText = status;
        if (reversal) p.reversal = true;
        const code = bankCode(entry, unit.tx);
        if (code) p.bankCode = code;
        // ISO bank transaction codes name cash (CWDL withdrawal, CDPT deposit) and card (CCRD / POSD).
        if (code && /\/(CWDL|CDPT)(\/|$)/.test(code)) p.method = "cash";
        else if (code && /^CCRD\/|\/POSD(\/|$)/.test(code)) p.method = "card";
        const instructed = readAmount(at(unit.tx, "AmtDtls/InstdAmt/Amt"), "");
        if (instructed && instructed.currency && instructed.currency !== p.currency) {
          p.originalAmount = instructed.amount;
          p.originalCurrency = instructed.currency;
        }
        const fee = readAmount(at(unit.tx, "Chrgs/TtlChrgsAndTaxAmt") ?? at(unit.tx, "Chrgs/Rcrd/Amt"), p.currency);
        if (fee) p.fee = fee.amount;
        payments.push(p);
      }
    }
    balances.push(...stmtBalances);
    problems.push(...checkBalances(id, stmtBalances, sum(entryTotals), stmt.line, ctx));
    const info: StatementInfo = { id, count: payments.length - before };
    if (account) info.account = account;
    if (acctCcy) info.currency = acctCcy;
    statements.push(info);
  }
  return { payments, problems, balances, statements };
}

/** Which camt message a document is, from its root element; undefined when it is not CAMT. */
export function camtKind(head: string): "camt052" | "camt053" | "camt054" | undefined {
  if (/<(?:\w+:)?BkToCstmrAcctRpt[\s>]/.test(head) || /camt\.052\./.test(head)) return "camt052";
  if (/<(?:\w+:)?BkToCstmrStmt[\s>]/.test(head) || /camt\.053\./.test(head)) return "camt053";
  if (/<(?:\w+:)?BkToCstmrDbtCdtNtfctn[\s>]/.test(head) || /camt\.054\./.test(head)) return "camt054";
  return undefined;
}
