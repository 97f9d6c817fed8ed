// Shapes shared by every bank / platform reader. Readers are pure: bytes or text in, data out.
import type { Money } from "../core/money";
import type { IsoDate, Payment } from "../core/model";
import type { Lang, Problem } from "../core/problems";

/** The formats Settle recognises. `jdpay` is the JD Pay (京东) bill; `xlsx`/`xls` are spreadsheets. */
export const IMPORT_FORMATS = [
  "csv",
  "alipay",
  "wechat",
  "jdpay",
  "ofx",
  "camt052",
  "camt053",
  "camt054",
  "mt940",
  "xlsx",
  "xls",
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What the caller may force; everything is detected when left out. */
export interface ImportOptions {
  format?: ImportFormat | "auto";
  /** An encoding label: utf-8, gbk, gb18030, utf-16le, utf-16be, cp1252, iso-8859-1, cp852. */
  encoding?: string;
  /** Used as `source.sheet` and in every problem; defaults to "import". */
  fileName?: string;
  lang?: Lang;
}

/**
 * A payment as a bank file gives it. Adds what the structured formats carry beyond the core
 * `Payment`; every extra field is optional so it is a plain `Payment` to the rest of Settle.
 */
export interface ImportedPayment extends Payment {
  /** Every reference the file gives (end-to-end id, remittance refs, FITID …), first = `reference`. */
  references?: string[];
  /** Statement / account the line belongs to (CAMT Stmt/Id, MT940 :20:+:25:, OFX ACCTID). */
  statementId?: string;
  /** Own account the statement is for. */
  account?: string;
  /** Card statements: the day the purchase happened when it differs from the booking date. */
  transactionDate?: IsoDate;
  /** A fee the file reports with this line (PayPal Fee, Alipay 服务费); information, already in or beside `amount`. */
  fee?: Money;
  /** Amount in the original currency when the file gives one (CAMT InstdAmt, MT940 /OCMT/). */
  originalAmount?: Money;
  originalCurrency?: string;
  /** Bank transaction code as written (MT940 N051 / GVC, CAMT BkTxCd, OFX TRNTYPE). */
  bankCode?: string;
  /** True for a reversal / return the bank marks as such (CAMT RvslInd, MT940 RC/RD). */
  reversal?: boolean;
  /** How the platform says it was paid (支付方式: 零钱, 招商银行(1234), 花呗 …). */
  channel?: string;
  /** The status text as written (交易成功, BOOK, Completed …), before mapping to `status`. */
  statusText?: string;
}

/** An opening or closing balance of one statement. */
export interface StatementBalance {
  statementId: string;
  kind: "opening" | "closing" | "available" | "forward";
  /** Signed: negative for a debit balance. */
  amount: Money;
  currency: string;
  date?: IsoDate;
}

/** One statement / account section of the file and its transactions. */
export interface StatementInfo {
  id: string;
  account?: string;
  currency?: string;
  /** Number of payments of this statement. */
  count: number;
}

export interface ImportResult {
  /** The format read; "unknown" when the bytes are no format Settle knows (then a problem says why). */
  format: ImportFormat | "unknown";
  /** The encoding the bytes were decoded with (a label as in ImportOptions.encoding). */
  encoding: string;
  payments: ImportedPayment[];
  problems: Problem[];
  balances: StatementBalance[];
  statements?: StatementInfo[];
}

/** What each text reader receives besides its text. */
export interface ReaderContext {
  sheet: string;
  lang: Lang;
}

/** What each text reader returns; `importPayments` adds format and encoding. */
export interface ReaderOutput {
  payments: ImportedPayment[];
  problems: Problem[];
  balances: StatementBalance[];
  statements?: StatementInfo[];
}
