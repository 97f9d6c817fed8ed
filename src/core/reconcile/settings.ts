// Reconciliation settings. Every field has a documented default; a workbook or a --config file
// overrides only what it names (see `withDefaults`).

/** A conversion rate: one unit of `from` is worth `rate` units of `to` (a decimal string). */
export interface CurrencyRate {
  from: string;
  to: string;
  /** Decimal string, e.g. "7.1032". */
  rate: string;
}

export interface ReconcileSettings {
  /**
   * Days between the payment date and the settlement's due date (issue date when there is no due
   * date) within which an amount/customer match counts as timely. Outside the window a match is
   * still proposed, but only as `suggested`. Default 90.
   */
  dateWindowDays: number;
  /**
   * Largest absolute difference (paid minus owed, either sign) accepted as a fee / rounding /
   * discount rather than a partial or over-payment. Decimal string in the settlement currency.
   * Default "50.00" (a typical cross-bank or platform fee).
   */
  toleranceAbsolute: string;
  /**
   * Largest difference as a percentage of the amount owed (decimal string, "0.5" = 0.5 %). A
   * difference is within tolerance when it is within BOTH the absolute and the percentage limit,
   * so a 50.00 gap on a 60.00 invoice is not a "fee". Default "1" (1 %).
   */
  tolerancePercent: string;
  /**
   * Differences up to this absolute amount are named `rounding` (others `fee` when underpaid,
   * `discount` when underpaid beyond `feeMax`). Decimal string. Default "1.00".
   */
  roundingMax: string;
  /** Underpayments up to this amount are named `fee`; larger ones (still in tolerance) `discount`. Default "50.00". */
  feeMax: string;
  /** Groups with confidence at or above this are `auto` (safe to apply); below it `suggested`. Default 0.9. */
  autoAcceptThreshold: number;
  /** Most settlements one payment may pay in the subset-sum pass (and payments per instalment set). Default 6. */
  maxSubsetSize: number;
  /** Most open settlements of a customer considered by the subset-sum search, oldest first. Default 24. */
  maxSubsetCandidates: number;
  /** Node visits allowed per payment in the subset-sum search; when reached, results are only `suggested`. Default 20000. */
  maxSubsetVisits: number;
  /**
   * Payer-name similarity (0..1) at or above which a payer is taken to be a customer; when left
   * undefined the threshold exported by `core/names` (NAME_SIMILARITY_THRESHOLD) is used.
   */
  nameSimilarityThreshold?: number;
  /** Two customers whose similarity to a payer is within this margin of each other make the payer ambiguous. Default 0.08. */
  nameAmbiguityMargin: number;
  /**
   * Shortest normalised reference (alphanumerics only) searched for in memos. Shorter refs
   * ("12", "A1") would be found in almost any text. Default 5.
   */
  minRefLength: number;
  /**
   * Rates that allow a payment in `from` to settle settlements in `to`. Without a rate, payments
   * and settlements in different currencies are never matched. Default: none.
   */
  rates: CurrencyRate[];
}

export const DEFAULT_SETTINGS: Readonly<ReconcileSettings> = Object.freeze({
  dateWindowDays: 90,
  toleranceAbsolute: "50.00",
  tolerancePercent: "1",
  roundingMax: "1.00",
  feeMax: "50.00",
  autoAcceptThreshold: 0.9,
  maxSubsetSize: 6,
  maxSubsetCandidates: 24,
  maxSubsetVisits: 20000,
  nameSimilarityThreshold: undefined,
  nameAmbiguityMargin: 0.08,
  minRefLength: 5,
  rates: [],
});

/** The defaults overridden by whatever `partial` names. */
export function withDefaults(partial?: Partial<ReconcileSettings>): ReconcileSettings {
  const out: ReconcileSettings = { ...DEFAULT_SETTINGS, rates: [...DEFAULT_SETTINGS.rates] };
  if (!partial) return out;
  for (const [k, v] of Object.entries(partial)) {
    if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}
