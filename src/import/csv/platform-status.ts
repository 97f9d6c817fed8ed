// Platform status words → Settle's payment status. Alipay 交易状态 and WeChat 当前状态 carry
// refunds and closed trades on the row itself; they are kept (never dropped) but marked so the
// matcher never treats them as receipts.
import type { PaymentStatus } from "../../core/model";

export function mapStatus(raw: string | undefined, note?: string): PaymentStatus {
  const t = (raw ?? "").replace(/\s/g, "");
  const n = note ?? "";
  if (/已全额退款|全额退款/.test(t) || /已全额退款/.test(n)) return "refunded";
  if (/已退款|部分退款/.test(t) || /已退款/.test(n)) return "partially-refunded";
  if (/退款成功|^REFUND|退款/.test(t)) return "refunded";
  if (/关闭|CLOSED|已取消|撤销|CANCEL/i.test(t)) return "closed";
  if (/失败|FAILED|DECLINED|REJECTED/i.test(t)) return "failed";
  if (/REVERTED|REVERSED|冲正/i.test(t)) return "reversed";
  if (/等待|处理中|待|PENDING|Pending|On ?hold|Held/i.test(t)) return "pending";
  return "ok";
}

/** Direction from a 收/支 or 借/贷 cell; undefined when the cell says nothing. */
export function mapDirection(raw: string): "in" | "out" | "neutral" | undefined {
  const t = raw.replace(/[\s\t`]/g, "");
  if (!t) return undefined;
  if (/^(收入|收|贷|贷Cr|Cr|C|CREDIT|CRDT|入账|存入|来账|H|Haben)$/i.test(t)) return "in";
  if (/^(支出|支|借|借Dr|Dr|D|DEBIT|DBIT|出账|支取|往账|S|Soll)$/i.test(t)) return "out";
  if (/^(不计收支|\/|其他|中性交易)$/.test(t)) return "neutral";
  return undefined;
}
