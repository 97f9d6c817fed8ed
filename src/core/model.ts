// The domain records the whole product passes around. Amounts are Money, dates are calendar
// dates as "YYYY-MM-DD" strings (never Date objects: a time zone would shift them).
import type { Money } from "./money";

/** A calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

/** Where a record came from, so every output can point back at the user's row. */
export interface SourceRef {
  /** Sheet name, or file name for an imported bank export. */
  sheet: string;
  /** 1-based sheet row (or 1-based line / transaction index for an imported file). */
  row: number;
}

/** An amount a customer owes (结算单 / 应收单 / 发票). */
export interface Settlement {
  /** Stable id, unique within one run; by default `${sheet}!${row}`. */
  id: string;
  source: SourceRef;
  /** Invoice / order / settlement number as the user wrote it. */
  ref: string;
  customer: string;
  issueDate?: IsoDate;
  dueDate?: IsoDate;
  /** Amount owed, positive. A credit note is negative. */
  amount: Money;
  /** ISO 4217 code, e.g. "CNY". */
  currency: string;
  memo?: string;
}

export type PaymentDirection = "in" | "out" | "neutral";
export type PaymentMethod = "bank" | "card" | "alipay" | "wechat" | "cash" | "other";
/**
 * Platform / bank status. Only `ok` payments are receipts; refunds, closed and failed
 * transactions are reported, never matched.
 */
export type PaymentStatus = "ok" | "pending" | "refunded" | "partially-refunded" | "closed" | "failed" | "reversed";

/** Money received or paid (收款 / 银行流水 / 支付宝 / 微信). */
export interface Payment {
  /** Stable id, unique within one run; by default `${sheet}!${row}`. */
  id: string;
  source: SourceRef;
  /** Booking (or transaction) date. */
  date: IsoDate;
  valueDate?: IsoDate;
  /** Signed: positive for money in, negative for money out. */
  amount: Money;
  currency: string;
  direction: PaymentDirection;
  /** Payer / counterparty name (对方户名 / 付款方 / 交易对方). */
  payer: string;
  payerAccount?: string;
  /** Bank or platform reference / transaction id (交易流水号). */
  reference?: string;
  /** Free text: 摘要 / 用途 / 附言 / 商品说明. */
  memo?: string;
  method: PaymentMethod;
  status: PaymentStatus;
  /** Free-text note from the amount cell, e.g. "已退款235.50". */
  note?: string;
}
