// Words the tabs use for statuses, rules and exception kinds, in both languages.
import type { Lang } from "../../core/problems";
import type { MatchRule, MatchStatus, PaymentExceptionKind } from "../../core/reconcile/plan";

const STATUS: Record<MatchStatus, { en: string; "zh-CN": string }> = {
  auto: { en: "auto", "zh-CN": "自动" },
  suggested: { en: "suggested", "zh-CN": "建议" },
  ambiguous: { en: "ambiguous", "zh-CN": "有歧义" },
  manual: { en: "manual", "zh-CN": "人工" },
};

const RULE: Record<MatchRule, { en: string; "zh-CN": string }> = {
  pinned: { en: "pinned", "zh-CN": "人工指定" },
  reference: { en: "reference", "zh-CN": "单号匹配" },
  "exact-amount": { en: "exact amount", "zh-CN": "金额一致" },
  "subset-sum": { en: "one payment, several", "zh-CN": "一笔付多单" },
  instalments: { en: "instalments", "zh-CN": "分期付款" },
  partial: { en: "partial", "zh-CN": "部分付款" },
  tolerance: { en: "within tolerance", "zh-CN": "容差内" },
  overpayment: { en: "overpayment", "zh-CN": "多付" },
};

const EXCEPTION: Record<string, { en: string; "zh-CN": string; actionEn: string; actionZh: string }> = {
  duplicate: { en: "duplicate payment", "zh-CN": "重复收款", actionEn: "Check it was not booked twice; it is counted once.", actionZh: "核实是否重复记账；只计一次。" },
  refund: { en: "refund", "zh-CN": "退款", actionEn: "Not a receipt. Book the refund separately.", actionZh: "非收款，请单独处理退款。" },
  closed: { en: "closed transaction", "zh-CN": "交易关闭", actionEn: "No money arrived; nothing to apply.", actionZh: "款项未到账，无需核销。" },
  failed: { en: "failed transaction", "zh-CN": "交易失败", actionEn: "No money arrived; nothing to apply.", actionZh: "款项未到账，无需核销。" },
  outgoing: { en: "money out", "zh-CN": "支出", actionEn: "A payment out, not a receipt; reconcile it in Bank Rec.", actionZh: "支出款项，非收款，请在余额调节表中处理。" },
  pending: { en: "pending", "zh-CN": "处理中", actionEn: "Wait until it is settled, then run again.", actionZh: "待到账后重新运行。" },
  currency: { en: "other currency", "zh-CN": "币种不同", actionEn: "Add an exchange rate in the settings to match it.", actionZh: "请在设置中添加汇率后再核对。" },
  neutral: { en: "neither in nor out", "zh-CN": "不计收支", actionEn: "Not a receipt; nothing to apply.", actionZh: "不计收支，无需核销。" },
  zero: { en: "zero amount", "zh-CN": "金额为零", actionEn: "Nothing to apply.", actionZh: "无需核销。" },
};

export function statusLabel(status: MatchStatus, lang: Lang): string {
  return STATUS[status][lang];
}

export function ruleLabel(rule: MatchRule, lang: Lang): string {
  return RULE[rule]?.[lang] ?? rule;
}

export function exceptionLabel(kind: PaymentExceptionKind, lang: Lang): { kind: string; action: string } {
  const e = EXCEPTION[kind];
  if (!e) return { kind, action: "" };
  return lang === "zh-CN" ? { kind: e["zh-CN"], action: e.actionZh } : { kind: e.en, action: e.actionEn };
}
