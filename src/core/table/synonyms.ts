// Header words for every field Settle reads, in Chinese and English (and the German / Spanish /
// Dutch words of the bank exports we import). One table for the workbook readers and the bank
// importers, so a header Settle understands in one place it understands everywhere.
// Written by the lead to unblock the workbook pipeline; extend it, don't fork it.

/** Fields of a settlement sheet (结算单 / 应收单 / 发票). */
export type SettlementField = "ref" | "customer" | "issueDate" | "dueDate" | "amount" | "currency" | "memo";

/** Fields of a payment sheet or bank export (收款 / 银行流水 / 支付宝 / 微信). */
export type PaymentField =
  | "bookingDate" | "date" | "transactionDate" | "valueDate" | "time"
  | "amount" | "income" | "expense" | "direction" | "currency"
  | "counterparty" | "payerName" | "payeeName" | "account" | "memo" | "description"
  | "reference" | "status" | "method" | "fee" | "refund" | "balance" | "type";

export type TableKind = "settlements" | "payments";

/** Synonyms per settlement field, most specific first. Compared after `headerKey`. */
export const SETTLEMENT_SYNONYMS: Record<SettlementField, string[]> = {
  ref: ["结算单号", "发票号", "发票号码", "应收单号", "单据号", "单据编号", "单号", "订单号", "合同号", "账单号", "编号", "invoiceno.", "invoiceno", "invoicenumber", "invoice#", "invoice", "billno.", "billno", "documentno.", "documentno", "orderno.", "orderno", "reference", "ref", "ref."],
  customer: ["客户名称", "客户", "客户全称", "单位名称", "购买方", "购买方名称", "购方名称", "购货单位", "付款单位", "往来单位", "customer", "customername", "client", "clientname", "billto", "buyer", "accountname"],
  issueDate: ["开票日期", "发票日期", "单据日期", "结算日期", "业务日期", "日期", "invoicedate", "issuedate", "documentdate", "billdate", "date"],
  dueDate: ["到期日", "到期日期", "应收日期", "付款期限", "账期到期日", "最迟付款日", "duedate", "due", "paymentdue", "dueon"],
  amount: ["应收金额", "结算金额", "价税合计", "含税金额", "发票金额", "合计金额", "应收款", "金额", "amount", "amountdue", "invoiceamount", "totalamount", "total", "balancedue"],
  currency: ["币种", "币别", "货币", "currency", "ccy"],
  memo: ["备注", "摘要", "说明", "memo", "note", "notes", "remarks", "description"],
};

/** Synonyms per payment field, most specific first. Compared after `headerKey`. */
export const PAYMENT_SYNONYMS: Record<PaymentField, string[]> = {
  bookingDate: ["记账日期", "记账日", "入账日期", "入账时间", "到账日期", "收款日期", "回款日期", "buchung", "buchungstag", "bookingdate", "postingdate", "posteddate", "buchungsdatum", "dateposted", "记账时间日期"],
  date: ["交易日期", "交易时间", "交易创建时间", "付款时间", "付款日期", "完成时间", "创建时间", "日期", "时间", "date", "fecha", "datum", "starteddate", "transactiondate", "transdate", "paymentdate", "receiptdate", "交易日期时间", "data", "operationdate", "dateop"],
  transactionDate: ["交易日"],
  valueDate: ["wertstellungsdatum", "wertstellung", "valuta", "valuedate", "起息日", "起息日期"],
  time: ["记账时间", "time", "hora", "datetime", "timezone", "zonahoraria"],
  amount: ["金额", "金额(元)", "回款金额", "到账金额", "应结订单金额", "交易金额", "人民币金额", "发生额", "金额(人民币)", "amount", "betrag", "gross", "bruto", "billingamount", "importe", "订单金额(元)", "订单金额", "交易额", "发生金额", "交易金额(元)", "transactionamount", "montant", "importo", "bedrag", "amountreceived"],
  income: ["收入", "收入金额", "收入金额(元)", "贷方发生额", "贷方金额", "存入金额", "记账金额(收入)", "交易金额(收入)", "credit", "haben", "paidin", "moneyin", "收款金额", "入账金额", "存入", "creditamount", "deposits", "deposit", "credits", "einnahmen"],
  expense: ["支出", "支出金额", "支出金额(元)", "借方发生额", "借方金额", "支取金额", "记账金额(支出)", "交易金额(支出)", "debit", "soll", "paidout", "moneyout", "付款金额", "出账金额", "支取", "debitamount", "withdrawals", "withdrawal", "debits", "ausgaben"],
  direction: ["收/支", "收支", "收支类型", "借贷", "借贷标志", "借贷方向", "方向", "dr/cr", "资金流向", "收支方向", "交易方向", "借/贷", "收/付", "debit/credit", "credit/debit", "cr/dr", "s/h"],
  currency: ["记账币种", "币种", "币别", "货币", "交易币种", "currency", "währung", "wahrung", "divisa", "billingcurrency", "moneda", "ccy"],
  counterparty: ["交易对方", "对方户名", "对方账户名", "对方名称", "对手信息", "商户名称", "对方", "收/付款方", "收款方", "付款方", "付款单位", "付款人", "付款方名称", "客户名称", "客户", "name", "nombre", "auftraggeber/empfänger", "auftraggeber/empfanger", "empfänger", "counterparty", "merchant", "对方单位", "对方单位名称", "收款人", "收款人名称", "付款人名称", "收(付)方名称", "对方账户名称", "payee", "payer", "customer", "beneficiary", "counterpartyname", "merchantname", "auftraggeber", "zahlungsempfänger", "namedeszahlungsbeteiligten"],
  payerName: ["payername"],
  payeeName: ["payeename"],
  account: ["对方账号", "对方账户", "对方卡号/账号", "对方卡号", "对手账号", "付款账号", "付款人账号", "payeeaccountnumber", "iban", "对方账号/卡号", "收款人账号", "对方账户号", "counterpartyaccount", "payeraccount", "ibandeszahlungsbeteiligten", "account", "accountno", "accountno.", "accountnumber"],
  memo: ["商品说明", "商品", "商品名称", "交易说明", "附言", "用途", "备注", "客户摘要", "verwendungszweck", "paymentreference", "subject", "note", "itemtitle", "交易详情", "交易地点", "交易场所", "商户名称及地点", "交易附言", "交易用途", "交易备注", "details", "narrative", "memo", "remarks", "purpose", "remittanceinformation", "paymentdetails"],
  description: ["摘要", "交易摘要", "交易名称", "交易类型", "交易分类", "buchungstext", "description", "descripción", "descripcion", "type", "transactiondescription", "particulars", "交易描述", "transactiontype"],
  reference: ["交易订单号", "交易单号", "交易号", "交易流水号", "流水号", "支付宝交易号", "微信支付单号", "商家订单号", "商户单号", "商户订单号", "transactionid", "id.detransacción", "transferwiseid", "referencetxnid", "invoicenumber", "receiptid", "reference", "凭证号", "交易参考号", "业务流水号", "银行流水号", "订单号", "fitid", "transactionreference", "referencenumber"],
  status: ["交易状态", "当前状态", "状态", "status", "state", "estado", "业务类型", "处理状态"],
  method: ["支付方式", "收/付款方式", "付款方式", "收款方式", "渠道", "paymentmethod", "method"],
  refund: ["退款金额", "成功退款(元)", "退款金额(元)"],
  fee: ["服务费", "服务费(元)", "手续费", "fee", "comisión", "comision", "fees"],
  balance: ["余额", "本次余额", "联机余额", "账户余额", "balance", "saldo", "runningbalance"],
  type: [],
};

/** Normal form of a header cell for comparison: no spaces or quotes, ASCII brackets, lower case. */
export function headerKey(cell: string): string {
  return cell
    .replace(/[\s\t\u3000"'`*:：]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .toLowerCase();
}

/** A header's unit suffix, "金额(元)" → "金额", "Amount (EUR)" → "amount". */
export function withoutUnit(key: string): string {
  return key.replace(/\([^()]*\)$/, "");
}

export interface FieldMatch<F extends string> {
  field: F;
  /** 1 exact synonym, 0.9 synonym plus a unit in brackets, 0.6 the header contains a synonym. */
  confidence: number;
  /** Position of the synonym in its list: lower is more specific. */
  rank: number;
}

function buildIndex<F extends string>(table: Record<F, string[]>): Map<string, { field: F; rank: number }> {
  const index = new Map<string, { field: F; rank: number }>();
  for (const [field, names] of Object.entries(table) as [F, string[]][]) {
    names.forEach((n, rank) => {
      if (!index.has(n)) index.set(n, { field, rank });
    });
  }
  return index;
}

const SETTLEMENT_INDEX = buildIndex(SETTLEMENT_SYNONYMS);
const PAYMENT_INDEX = buildIndex(PAYMENT_SYNONYMS);

/** Chinese synonyms long enough to be recognised inside a longer header ("客户名称(全称)"). */
function containedMatch<F extends string>(key: string, table: Record<F, string[]>): { field: F; rank: number } | undefined {
  let best: { field: F; rank: number; len: number } | undefined;
  for (const [field, names] of Object.entries(table) as [F, string[]][]) {
    names.forEach((n, rank) => {
      if (n.length >= 2 && /[\u4e00-\u9fff]/.test(n) && key.includes(n) && (!best || n.length > best.len)) best = { field, rank, len: n.length };
    });
  }
  return best && { field: best.field, rank: best.rank };
}

/** The field a header cell names, for a settlement or a payment table, with a confidence. */
export function fieldOf(cell: string, kind: "settlements"): FieldMatch<SettlementField> | undefined;
export function fieldOf(cell: string, kind: "payments"): FieldMatch<PaymentField> | undefined;
export function fieldOf(cell: string, kind: TableKind): FieldMatch<string> | undefined {
  const key = headerKey(cell);
  if (!key) return undefined;
  const index = kind === "settlements" ? SETTLEMENT_INDEX : PAYMENT_INDEX;
  const exact = index.get(key);
  if (exact) return { ...exact, confidence: 1 };
  const unit = index.get(withoutUnit(key));
  if (unit) return { ...unit, confidence: 0.9 };
  const contained = kind === "settlements" ? containedMatch<string>(key, SETTLEMENT_SYNONYMS) : containedMatch<string>(key, PAYMENT_SYNONYMS);
  return contained ? { ...contained, confidence: 0.6 } : undefined;
}
