// The reconciliation engine: passes from the strongest evidence to the weakest, each claiming
// only what is still open on one shared ledger. Pure and deterministic: the same inputs in any row
// order give the same plan.
import type { Payment, Settlement } from "../model";
import type { Alias } from "../names";
import { assemble } from "./assemble";
import type { PItem } from "./context";
import { applyPinned } from "./pass-pinned";
import { passAmount } from "./pass-amount";
import { passReference } from "./pass-reference";
import { passOverAndPartial, passTolerance } from "./pass-remainder";
import { passInstalments, passSubsetSum } from "./pass-subset";
import type { PinnedDecision } from "./pinned";
import type { Plan } from "./plan";
import { prepare } from "./prepare";
import { comparePaymentsByDate } from "./rank";
import { withDefaults, type ReconcileSettings } from "./settings";

export interface ReconcileInput {
  settlements: readonly Settlement[];
  payments: readonly Payment[];
  /** Overrides of DEFAULT_SETTINGS. */
  settings?: Partial<ReconcileSettings>;
  /** Payer names the user has tied to customers. */
  aliases?: readonly Alias[];
  /** Manual matches and rejections, replayed first. */
  pinned?: readonly PinnedDecision[];
}

export function reconcile(input: ReconcileInput): Plan {
  const settings = withDefaults(input.settings);
  const { ctx, exceptions, unmatchable } = prepare(input.settlements, input.payments, settings, input.aliases ?? []);
  const skipped = applyPinned(ctx, input.pinned ?? []);
  passReference(ctx);
  const byDate: PItem[] = [...ctx.receipts].sort(comparePaymentsByDate);
  passAmount(ctx, byDate);
  passSubsetSum(ctx, byDate);
  passInstalments(ctx, byDate);
  passTolerance(ctx, byDate);
  passOverAndPartial(ctx, byDate);
  return assemble(ctx, exceptions, skipped, unmatchable.map((p) => p.i));
}
