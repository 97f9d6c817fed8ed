// Public face of the reconciliation engine.
export { reconcile, type ReconcileInput } from "./reconcile";
export { DEFAULT_SETTINGS, withDefaults, type ReconcileSettings, type CurrencyRate } from "./settings";
export type { PinnedDecision, PinnedAmount } from "./pinned";
export { refKey } from "./ref-key";
export { compareSettlementsByAge, comparePaymentsByDate, nearestDue } from "./rank";
export * from "./plan";
