// OFX / QFX → payments: one per <STMTTRN> in every STMTRS / CCSTMTRS and every BANKTRANLIST.
// One reader serves OFX 1 (SGML, leaves unclosed) and OFX 2 (XML) and the mixtures banks ship
// (XML header over unclosed leaves, SGML with some leaves closed): aggregates are the known
// container tags, everything else is a leaf whose value runs to the next tag. Direction is the
// sign of TRNAMT; TRNTYPE is kept as information only (banks get it wrong).
import type { MarkupNode } from "../markup/parse-markup";
import { parseMarkup } from "../markup/parse-markup";
import { child, descendants, textAt } from "../markup/query";
import type { ImportedPayment, ReaderContext, ReaderOutput, StatementBalance, StatementInfo } from "../types";
import { lenientDecimal } from "../common/decimal-text";
import { leadingIsoDate } from "../common/calendar";
import { startReader } from "../common/reader-output";

/** OFX aggregate (container) elements; any other tag is a leaf. */
const AGGREGATES = new Set([
  "OFX", "SIGNONMSGSRSV1", "SIGNONMSGSRQV1", "SONRS", "SONRQ", "STATUS", "FI",
  "BANKMSGSRSV1", "CREDITCARDMSGSRSV1", "INVSTMTMSGSRSV1", "STMTTRNRS", "CCSTMTTRNRS",
  "STMTRS", "CCSTMTRS", "BANKACCTFROM", "CCACCTFROM", "BANKACCTTO", "CCACCTTO", "BANKTRANLIST",
  "STMTTRN", "LEDGERBAL", "AVAILBAL", "CURRENCY", "ORIGCURRENCY", "PAYEE", "BALLIST", "BAL",
  "MKTGINFO", "STMTENDRS", "STMTENDTRNRS",
]);

const isLeaf = (name: string): boolean => !AGGREGATES.has(name.toUpperCase());

function leaf(node: MarkupNode | undefined, name: string): string | undefined {
  return textAt(node, name);
}

export function readOfx(text: string, ctx: ReaderContext): ReaderOutput {
  const root = parseMarkup(text, { isLeaf });
  const { payments, problems, balances, statements, problem } = startReader(ctx);
  const stmts = [...descendants(root, "STMTRS"), ...descendants(root, "CCSTMTRS")].sort((a, b) => a.line - b.line);
  if (stmts.length === 0 && descendants(root, "OFX").length === 0) {
    problem(0, "", "file-unreadable", "", "no <OFX> element");
  }
  stmts.forEach((stmt, k) => {
    const acctNode = child(stmt, "BANKACCTFROM") ?? child(stmt, "CCACCTFROM");
    const account = leaf(acctNode, "ACCTID");
    const currency = leaf(stmt, "CURDEF") ?? "";
    const id = `${account ?? "account"}#${k + 1}`;
    const before = payments.length;
    for (const trn of descendants(stmt, "STMTTRN")) {
      const rawAmount = child(trn, "TRNAMT")?.text.trim() ?? "";
      const amount = rawAmount ? lenientDecimal(rawAmount) : undefined;
      if (!amount) {
        problem(trn.line, "TRNAMT", rawAmount ? "amount-unreadable" : "amount-missing", rawAmount);
        continue;
      }
      const rawDate = leaf(trn, "DTPOSTED");
      const date = leadingIsoDate(rawDate);
      if (!date) problem(trn.line, "DTPOSTED", rawDate ? "date-impossible" : "date-missing", rawDate ?? "");
      const ccy = leaf(child(trn, "CURRENCY"), "CURSYM") ?? currency;
      if (!ccy) problem(trn.line, "CURDEF", "currency-unknown", "", "neither CURDEF nor CURRENCY gives the currency");
      const p: ImportedPayment = {
        id: `${ctx.sheet}!${trn.line}`,
        source: { sheet: ctx.sheet, row: trn.line },
        date: date ?? "",
        amount,
        currency: ccy,
        direction: amount.isNegative() ? "out" : "in",
        payer: leaf(trn, "NAME") ?? leaf(child(trn, "PAYEE"), "NAME") ?? "",
        method: stmt.name === "CCSTMTRS" ? "card" : "bank",
        status: "ok",
        statementId: id,
      };
      const memo = leaf(trn, "MEMO");
      if (memo) p.memo = memo;
      const refs = ["FITID", "REFNUM", "CHECKNUM", "SRVRTID"].map((t) => leaf(trn, t)).filter((r): r is string => !!r);
      if (refs.length) {
        p.reference = refs[0] as string;
        p.references = refs.filter((r, i, a) => a.indexOf(r) === i);
      }
      const userDate = leadingIsoDate(leaf(trn, "DTUSER"));
      if (userDate && userDate !== p.date) p.transactionDate = userDate;
      const valueDate = leadingIsoDate(leaf(trn, "DTAVAIL") ?? leaf(trn, "VALUEDATE"));
      if (valueDate) p.valueDate = valueDate;
      const type = leaf(trn, "TRNTYPE");
      if (type) p.bankCode = type;
      if (type && /^(ATM|CASH)$/i.test(type)) p.method = "cash";
      else if (type && /^POS$/i.test(type)) p.method = "card";
      const accountTo = leaf(child(trn, "BANKACCTTO"), "ACCTID") ?? leaf(child(trn, "CCACCTTO"), "ACCTID");
      if (accountTo) p.payerAccount = accountTo;
      if (account) p.account = account;
      payments.push(p);
    }
    for (const [tag, kind] of [["LEDGERBAL", "closing"], ["AVAILBAL", "available"]] as const) {
      const bal = child(stmt, tag);
      const raw = leaf(bal, "BALAMT");
      const amount = raw ? lenientDecimal(raw) : undefined;
      if (!bal || !amount) continue;
      const b: StatementBalance = { statementId: id, kind, amount, currency };
      const date = leadingIsoDate(leaf(bal, "DTASOF"));
      if (date) b.date = date;
      balances.push(b);
    }
    const info: StatementInfo = { id, count: payments.length - before };
    if (account) info.account = account;
    if (currency) info.currency = currency;
    statements.push(info);
  });
  return { payments, problems, balances, statements };
}
