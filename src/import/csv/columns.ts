// Header recognition for bank and platform exports. TODO(core): the core table reader
// (src/core/table, `readPayments`) will own header synonyms; until it lands this list maps the
// headers of the exports Settle ships readers for. Names are compared after removing spaces,
// TABs, full-width brackets and case.

export type Role =
  | "bookingDate" | "date" | "transactionDate" | "valueDate" | "time"
  | "amount" | "income" | "expense" | "direction" | "currency"
  | "counterparty" | "payerName" | "payeeName" | "account" | "memo" | "description"
  | "reference" | "status" | "method" | "fee" | "refund" | "balance" | "type";

/** Synonyms per role, most specific first. A header matches a role when equal to a synonym. */
const SYNONYMS: Record<Role, string[]> = {
  bookingDate: ["记账日期", "记账日", "入账日期", "入账时间", "buchung", "buchungstag", "bookingdate", "postingdate", "posteddate", "buchungsdatum", "dateposted", "记账时间日期"],
  date: ["交易日期", "交易时间", "交易创建时间", "付款时间", "完成时间", "创建时间", "日期", "时间", "date", "fecha", "datum", "starteddate", "transactiondate", "transdate", "交易日期时间", "data", "operationdate", "dateop"],
  transactionDate: ["交易日"],
  valueDate: ["wertstellungsdatum", "wertstellung", "valuta", "valuedate", "起息日", "起息日期"],
  time: ["记账时间", "time", "hora", "datetime", "timezone", "zonahoraria"],
  amount: ["金额", "金额(元)", "应结订单金额", "交易金额", "人民币金额", "发生额", "金额(人民币)", "amount", "betrag", "gross", "bruto", "billingamount", "importe", "订单金额(元)", "订单金额", "交易额", "发生金额", "交易金额(元)", "transactionamount", "montant", "importo", "bedrag"],
  income: ["收入", "收入金额", "收入金额(元)", "贷方发生额", "贷方金额", "存入金额", "记账金额(收入)", "交易金额(收入)", "credit", "haben", "paidin", "moneyin", "收款金额", "入账金额", "存入", "creditamount", "deposits", "deposit", "credits", "einnahmen"],
  expense: ["支出", "支出金额", "支出金额(元)", "借方发生额", "借方金额", "支取金额", "记账金额(支出)", "交易金额(支出)", "debit", "soll", "paidout", "moneyout", "付款金额", "出账金额", "支取", "debitamount", "withdrawals", "withdrawal", "debits", "ausgaben"],
  direction: ["收/支", "收支", "收支类型", "借贷", "借贷标志", "借贷方向", "方向", "dr/cr", "资金流向", "收支方向", "交易方向", "借/贷", "收/付", "debit/credit", "credit/debit", "cr/dr", "s/h"],
  currency: ["记账币种", "币种", "币别", "货币", "交易币种", "currency", "währung", "wahrung", "divisa", "billingcurrency", "moneda", "ccy"],
  counterparty: ["交易对方", "对方户名", "对方账户名", "对方名称", "对手信息", "商户名称", "对方", "收/付款方", "收款方", "付款方", "name", "nombre", "auftraggeber/empfänger", "auftraggeber/empfanger", "empfänger", "counterparty", "merchant", "对方单位", "对方单位名称", "收款人", "付款人", "收款人名称", "付款人名称", "收(付)方名称", "对方账户名称", "payee", "payer", "beneficiary", "counterpartyname", "merchantname", "auftraggeber", "zahlungsempfänger", "namedeszahlungsbeteiligten"],
  payerName: ["payername"],
  payeeName: ["payeename"],
  account: ["对方账号", "对方账户", "对方卡号/账号", "对方卡号", "对手账号", "payeeaccountnumber", "iban", "对方账号/卡号", "收款人账号", "付款人账号", "对方账户号", "counterpartyaccount", "ibandeszahlungsbeteiligten"],
  memo: ["商品说明", "商品", "商品名称", "交易说明", "附言", "用途", "备注", "客户摘要", "verwendungszweck", "paymentreference", "subject", "note", "itemtitle", "交易详情", "交易地点", "交易场所", "商户名称及地点", "交易附言", "交易用途", "交易备注", "details", "narrative", "memo", "remarks", "purpose", "remittanceinformation", "paymentdetails"],
  description: ["摘要", "交易摘要", "交易名称", "交易类型", "交易分类", "buchungstext", "description", "descripción", "descripcion", "type", "transactiondescription", "particulars", "交易描述", "transactiontype"],
  reference: ["交易订单号", "交易单号", "交易号", "交易流水号", "流水号", "支付宝交易号", "微信支付单号", "商家订单号", "商户单号", "商户订单号", "transactionid", "id.detransacción", "transferwiseid", "referencetxnid", "invoicenumber", "receiptid", "reference", "凭证号", "交易参考号", "业务流水号", "银行流水号", "订单号", "fitid", "transactionreference", "referencenumber"],
  status: ["交易状态", "当前状态", "状态", "status", "state", "estado", "业务类型", "处理状态"],
  method: ["支付方式", "收/付款方式", "付款方式", "渠道"],
  refund: ["退款金额", "成功退款(元)", "退款金额(元)"],
  fee: ["服务费", "服务费(元)", "手续费", "fee", "comisión", "comision", "fees"],
  balance: ["余额", "本次余额", "联机余额", "账户余额", "balance", "saldo", "runningbalance"],
  type: [],
};

/** Normal form of a header cell for comparison. */
export function headerKey(cell: string): string {
  return cell
    .replace(/[\s\t\u3000"'`]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .toLowerCase();
}

const INDEX = new Map<string, Role>();
for (const [role, names] of Object.entries(SYNONYMS) as [Role, string[]][]) {
  for (const n of names) if (!INDEX.has(n)) INDEX.set(n, role);
}

/** The role of one header cell, if any; a trailing unit ("Amount (EUR)", "金额（元）") is ignored. */
export function roleOf(cell: string): Role | undefined {
  const key = headerKey(cell);
  return INDEX.get(key) ?? INDEX.get(key.replace(/\([^()]*\)$/, ""));
}

/** Column indexes per role, most specific synonym first (记账金额 before 交易金额). */
export type ColumnMap = Partial<Record<Role, number[]>>;

export function mapColumns(header: string[]): ColumnMap {
  const map: ColumnMap = {};
  const rank = (i: number): number => {
    const key = headerKey(header[i] ?? "");
    const role = roleOf(header[i] ?? "") as Role;
    const rank = SYNONYMS[role].indexOf(key);
    return rank >= 0 ? rank : SYNONYMS[role].indexOf(key.replace(/\([^()]*\)$/, ""));
  };
  header.forEach((cell, i) => {
    const role = roleOf(cell);
    if (role) (map[role] ??= []).push(i);
  });
  for (const list of Object.values(map)) list?.sort((a, b) => rank(a) - rank(b) || a - b);
  return map;
}

/** How header-like a row is: the number of cells with a role, requiring a date and an amount. */
export function headerScore(cells: string[]): number {
  const map = mapColumns(cells);
  const hasDate = !!(map.bookingDate || map.date || map.transactionDate);
  const hasAmount = !!(map.amount || map.income || map.expense);
  if (!hasDate || !hasAmount) return 0;
  return Object.values(map).reduce((s, v) => s + (v?.length ?? 0), 0);
}
