// What the words in a payment row's status, direction and method cells mean. Platform bills
// (Alipay, WeChat Pay) and bank exports say the same things many ways.
import type { PaymentDirection, PaymentMethod, PaymentStatus } from "../model";

/** Status words, most specific first: "已退款(￥12.00)" is a partial refund, "退款成功" a full one. */
const STATUS: ReadonlyArray<readonly [RegExp, PaymentStatus]> = [
  [/^已退款[(（]|部分退款|partially refunded|partial refund/i, "partially-refunded"],
  [/已全额退款|全额退款|退款成功|^退款$|已退款|refunded|^refund/i, "refunded"],
  [/交易关闭|已关闭|关闭|已取消|取消|closed|cancel/i, "closed"],
  [/失败|failed|declined|rejected|退票/i, "failed"],
  [/冲正|撤销|reversed|reversal/i, "reversed"],
  [/处理中|待|等待|未到账|pending|processing|in progress/i, "pending"],
  [/成功|已完成|完成|已到账|已收款|支付成功|success|completed|complete|paid|ok|posted|booked/i, "ok"],
];

/** undefined when the text is not a status Settle knows (the caller reports it). */
export function statusOf(text: string): PaymentStatus | undefined {
  const t = text.trim();
  if (!t) return "ok";
  for (const [re, status] of STATUS) if (re.test(t)) return status;
  return undefined;
}

/** Direction words: 收入 / 贷 / Credit are money in; 支出 / 借 / Debit money out; 不计收支 neither. */
export function directionOf(text: string): PaymentDirection | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  if (/^(不计收支|\/|其他|neutral)$/.test(t)) return "neutral";
  if (/^(收|收入|贷|贷方|入|入账|存入|credit|cr|c|in|h|haben|\+)$/.test(t)) return "in";
  if (/^(支|支出|借|借方|出|出账|支取|debit|dr|d|out|s|soll|-)$/.test(t)) return "out";
  return undefined;
}

/** Payment method from a method cell or the memo: 支付宝 / 微信 / 现金 / 卡 / 转账. */
export function methodOf(text: string, fallback: PaymentMethod = "bank"): PaymentMethod {
  const t = text.toLowerCase();
  if (/支付宝|alipay/.test(t)) return "alipay";
  if (/微信|wechat|weixin|财付通|tenpay/.test(t)) return "wechat";
  if (/现金|cash/.test(t)) return "cash";
  if (/信用卡|借记卡|银行卡|刷卡|pos|card|visa|mastercard|银联/.test(t)) return "card";
  if (/转账|汇款|网银|银行|电汇|transfer|bank|wire|ach|sepa/.test(t)) return "bank";
  return fallback;
}
