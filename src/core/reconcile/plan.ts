// The reconciliation result. Preview and apply use the same Plan: apply never recomputes it.
import type { Money } from "../money";

export type MatchStatus = "auto" | "suggested" | "ambiguous" | "manual";

/** Which pass found the group; strongest evidence first. */
export type MatchRule =
  | "pinned"
  | "reference"
  | "exact-amount"
  | "subset-sum"
  | "instalments"
  | "partial"
  | "tolerance"
  | "overpayment";

/** What a non-zero difference between paid and owed is, for the voucher lines. */
export type DifferenceKind = "none" | "fee" | "rounding" | "discount" | "overpayment" | "underpayment";

/** Part of a payment applied to a settlement (核销). */
export interface Allocation {
  settlementId: string;
  paymentId: string;
  /** Positive amount applied. */
  amount: Money;
  /**
   * Part of the settlement cleared by the group's named difference (fee, rounding, discount)
   * rather than by money: the settlement is reduced by `amount + writeOff`. Signed; zero when exact.
   */
  writeOff?: Money;
}

/** A bilingual one-line explanation. */
export interface Explanation {
  en: string;
  "zh-CN": string;
}

export interface MatchGroup {
  /** Deterministic id, e.g. "G0001", assigned after sorting. */
  id: string;
  status: MatchStatus;
  rule: MatchRule;
  /** In [0, 1]. */
  confidence: number;
  allocations: Allocation[];
  /** Paid minus owed over the group (signed); zero when exact. */
  difference: Money;
  differenceKind: DifferenceKind;
  /** Remainder of an overpayment kept as an advance receipt (预收), zero otherwise. */
  advance: Money;
  explanation: Explanation;
  /** For ambiguous groups: the competing answers, each a list of allocations. */
  alternatives?: Allocation[][];
  /** Where the evidence came from: a pinned decision, a reference in the memo, or the payer's customer. */
  evidence?: "pinned" | "reference" | "customer";
}

/** Why a payment is not treated as a receipt, or was set aside. */
export type PaymentExceptionKind =
  | "duplicate"
  | "refund"
  | "closed"
  | "failed"
  | "outgoing"
  | "pending"
  | "currency"
  /** Direction "neutral" (不计收支): neither money in nor out. */
  | "neutral"
  /** Amount zero: nothing to apply. */
  | "zero";

export interface PaymentException {
  paymentId: string;
  kind: PaymentExceptionKind;
  /** For a duplicate: the payment it duplicates. */
  duplicateOf?: string;
  explanation: Explanation;
}

export interface OpenItem {
  id: string;
  /** Amount still open (settlement unpaid, or payment unapplied). */
  open: Money;
}

export interface Plan {
  groups: MatchGroup[];
  openSettlements: OpenItem[];
  unappliedPayments: OpenItem[];
  paymentExceptions: PaymentException[];
  /** Pinned decisions that could not be replayed (a row was deleted, or is already settled), with why. */
  skippedPins?: SkippedPin[];
}

/** A pinned decision (by its index in the input list) that this run could not apply. */
export interface SkippedPin {
  index: number;
  explanation: Explanation;
}
