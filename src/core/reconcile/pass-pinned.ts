// Pass 1: decisions a person pinned. Rejections forbid a pair in every later pass; manual matches
// are applied first, exactly as pinned (amounts capped at what is still open), so they survive
// re-runs. A pin naming a row that no longer exists is reported, never silently dropped.
import { money } from "../money";
import { accept, type Alloc, type Ctx, type PItem, type SItem } from "./context";
import { P as say, phrase } from "./explain";
import type { PinnedDecision } from "./pinned";
import type { SkippedPin } from "./plan";
import { comparePaymentsByDate, compareSettlementsByAge } from "./rank";
import { toUnits } from "./units";

export function applyPinned(ctx: Ctx, pins: readonly PinnedDecision[]): SkippedPin[] {
  const skipped: SkippedPin[] = [];
  if (pins.length === 0) return skipped;
  const sById = new Map<string, SItem>(ctx.S.map((s) => [s.s.id, s]));
  const pById = new Map<string, PItem>(ctx.P.map((p) => [p.p.id, p]));
  const skip = (index: number, en: string, zh: string): void => {
    skipped.push({ index, explanation: phrase(en, zh) });
  };

  pins.forEach((pin) => {
    if (pin.kind === "reject") ctx.rejected.add(`${pin.settlementId}\u0000${pin.paymentId}`);
  });
  pins.forEach((pin, index) => {
    if (pin.kind !== "match") return;
    const missing = [
      ...pin.settlementIds.filter((id) => !sById.has(id)),
      ...pin.paymentIds.filter((id) => !pById.has(id)),
    ];
    if (missing.length > 0 || pin.settlementIds.length === 0 || pin.paymentIds.length === 0) {
      skip(index, `Pinned match names rows that are not in the input: ${missing.join(", ")}`, `人工匹配引用的行已不存在：${missing.join("、")}`);
      return;
    }
    const ss = pin.settlementIds.map((id) => sById.get(id) as SItem).sort(compareSettlementsByAge);
    const ps = pin.paymentIds.map((id) => pById.get(id) as PItem).sort(comparePaymentsByDate);
    const sLeft = new Map(ss.map((s) => [s.i, ctx.sOpen[s.i] ?? 0]));
    const pLeft = new Map(ps.map((p) => [p.i, ctx.pOpen[p.i] ?? 0]));
    const owed = ss.reduce((t, s) => t + (sLeft.get(s.i) ?? 0), 0);
    const allocs: Alloc[] = [];
    let capped = false;
    const take = (s: number, p: number, want: number): void => {
      const room = [want, sLeft.get(s) ?? 0, pLeft.get(p) ?? 0].reduce((a, b) => (b < a ? b : a));
      if (room < want) capped = true;
      if (room <= 0) return;
      allocs.push({ s, p, units: room, writeOff: 0 });
      sLeft.set(s, (sLeft.get(s) ?? 0) - room);
      pLeft.set(p, (pLeft.get(p) ?? 0) - room);
    };
    if (pin.amounts && pin.amounts.length > 0) {
      for (const a of pin.amounts) {
        const s = sById.get(a.settlementId);
        const p = pById.get(a.paymentId);
        if (!s || !p || !sLeft.has(s.i) || !pLeft.has(p.i)) continue;
        take(s.i, p.i, toUnits(money(a.amount), ctx.scale));
      }
    } else {
      for (const p of ps) for (const s of ss) take(s.i, p.i, pLeft.get(p.i) ?? 0);
    }
    if (allocs.length === 0) {
      skip(index, "Pinned match has nothing left to apply (already settled or not a receipt)", "人工匹配已无可核销金额（已结清或非收款）");
      return;
    }
    const paid = allocs.reduce((t, a) => t + a.units, 0);
    const notes = [say.pinned()];
    if (capped && pin.amounts) notes.push(say.pinCapped());
    accept(ctx, {
      rule: "pinned",
      evidence: "pinned",
      fixedStatus: "manual",
      confidence: 1,
      allocs,
      advance: 0,
      difference: paid - owed,
      differenceKind: paid === owed ? "none" : paid < owed ? "underpayment" : "overpayment",
      notes,
    });
  });
  return skipped;
}
