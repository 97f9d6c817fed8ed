// Decisions a person made, kept in the workbook and replayed first on every run.

/** One allocation fixed by a person: `amount` is a decimal string. */
export interface PinnedAmount {
  settlementId: string;
  paymentId: string;
  amount: string;
}

/**
 * A manual match (the settlements and payments belong together; amounts optional: without them
 * the payments are applied to the settlements oldest first) or a rejection (this payment must
 * never be applied to this settlement, whatever the evidence).
 */
export type PinnedDecision =
  | { kind: "match"; settlementIds: string[]; paymentIds: string[]; amounts?: PinnedAmount[] }
  | { kind: "reject"; settlementId: string; paymentId: string };
