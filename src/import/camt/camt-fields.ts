// Field extraction for one CAMT entry / transaction detail. ISO 20022 versions move fields
// around (v08 nests party names in Pty, status in Sts/Cd, account in Id/Othr); these helpers
// look in every place a version puts them.
import type { MarkupNode } from "../markup/parse-markup";
import { all, at, child, textAt } from "../markup/query";

/** Date or date-time child (`<Dt>` or `<DtTm>`) of a date group, as written. */
export function camtDate(group: MarkupNode | undefined): string | undefined {
  return textAt(group, "Dt") ?? textAt(group, "DtTm");
}

/** CdtDbtInd of a node: "CRDT" / "DBIT" or undefined. */
export function creditDebit(node: MarkupNode | undefined): "CRDT" | "DBIT" | undefined {
  const v = textAt(node, "CdtDbtInd")?.toUpperCase();
  return v === "CRDT" || v === "DBIT" ? v : undefined;
}

/** Status code: `<Sts>BOOK</Sts>` (v02/v04) or `<Sts><Cd>BOOK</Cd></Sts>` (v08+). */
export function entryStatus(entry: MarkupNode): string | undefined {
  const sts = child(entry, "Sts");
  return textAt(sts, "Cd") ?? textAt(sts, "Prtry") ?? textAt(sts, "");
}

/** A transaction detail's own amount (TxDtls/Amt in v04+, else AmtDtls/TxAmt/Amt). */
export function ownAmount(tx: MarkupNode): MarkupNode | undefined {
  return child(tx, "Amt") ?? at(tx, "AmtDtls/TxAmt/Amt");
}

/** Name of a party element, directly (`Dbtr/Nm`) or v08-nested (`Dbtr/Pty/Nm`). */
function partyName(parties: MarkupNode | undefined, role: string): string | undefined {
  const p = child(parties, role);
  return textAt(p, "Nm") ?? textAt(p, "Pty/Nm");
}

function partyAccount(parties: MarkupNode | undefined, role: string): string | undefined {
  const acct = child(parties, `${role}Acct`);
  return textAt(acct, "Id/IBAN") ?? textAt(acct, "Id/Othr/Id") ?? textAt(acct, "Id/BBAN");
}

/**
 * The counterparty: the debtor of money we received, the creditor of money we paid. A reversal
 * undoes the opposite movement, so it names the party of the original direction. Some banks fill
 * only one party whatever the direction (ABN AMRO returns, genkgo samples); that one is used
 * unless its account is the statement's own account (then it is us, not the counterparty).
 */
export function counterparty(
  tx: MarkupNode | undefined,
  received: boolean,
  ownAccount?: string,
): { name?: string; account?: string } {
  const parties = child(tx, "RltdPties");
  const roles = received ? ["Dbtr", "Cdtr"] : ["Cdtr", "Dbtr"];
  for (const [k, role] of roles.entries()) {
    const name = partyName(parties, role) ?? partyName(parties, `Ultmt${role}`);
    const account = partyAccount(parties, role);
    if (!name && !account) continue;
    if (k > 0 && ownAccount && account === ownAccount) break;
    const out: { name?: string; account?: string } = {};
    if (name) out.name = name;
    if (account) out.account = account;
    return out;
  }
  return {};
}

/** Remittance text: all Ustrd lines joined, then additional information fields. */
export function remittanceText(entry: MarkupNode, tx: MarkupNode | undefined): string | undefined {
  const parts: string[] = [];
  const rmt = child(tx, "RmtInf");
  for (const u of all(rmt, "Ustrd")) {
    const t = u.text.replace(/\s+/g, " ").trim();
    if (t) parts.push(t);
  }
  for (const strd of all(rmt, "Strd")) {
    for (const add of all(strd, "AddtlRmtInf")) {
      const t = add.text.replace(/\s+/g, " ").trim();
      if (t) parts.push(t);
    }
  }
  const addTx = textAt(tx, "AddtlTxInf");
  if (addTx) parts.push(addTx);
  const addNtry = textAt(entry, "AddtlNtryInf");
  if (addNtry && !parts.includes(addNtry)) parts.push(addNtry);
  const reason = textAt(tx, "RtrInf/Rsn/Cd") ?? textAt(tx, "RtrInf/Rsn/Prtry");
  const reasonText = all(child(tx, "RtrInf"), "AddtlInf").map((n) => n.text.trim()).filter(Boolean);
  if (reason) parts.push(`Return reason ${reason}${reasonText.length ? `: ${reasonText.join(" ")}` : ""}`);
  return parts.length ? parts.join(" | ") : undefined;
}

/** Every reference: structured creditor refs (invoice refs) first, then the ids. "NOTPROVIDED" is dropped. */
export function references(entry: MarkupNode, tx: MarkupNode | undefined): string[] {
  const refs: string[] = [];
  const add = (v: string | undefined): void => {
    if (v && v.toUpperCase() !== "NOTPROVIDED" && !refs.includes(v)) refs.push(v);
  };
  for (const strd of all(child(tx, "RmtInf"), "Strd")) {
    add(textAt(strd, "CdtrRefInf/Ref"));
    for (const rd of all(strd, "RfrdDocInf")) add(textAt(rd, "Nb"));
  }
  const r = child(tx, "Refs");
  for (const f of ["EndToEndId", "UETR", "TxId", "InstrId", "PmtInfId", "MndtId", "AcctSvcrRef", "ChqNb", "Prtry/Ref"]) add(textAt(r, f));
  add(textAt(entry, "AcctSvcrRef"));
  add(textAt(entry, "NtryRef"));
  return refs;
}

/** Bank transaction code as "PMNT/RCDT/ESCT" or the proprietary code. */
export function bankCode(entry: MarkupNode, tx: MarkupNode | undefined): string | undefined {
  const code = child(tx, "BkTxCd") ?? child(entry, "BkTxCd");
  const domain = textAt(code, "Domn/Cd");
  if (domain) return [domain, textAt(code, "Domn/Fmly/Cd"), textAt(code, "Domn/Fmly/SubFmlyCd")].filter(Boolean).join("/");
  return textAt(code, "Prtry/Cd");
}
