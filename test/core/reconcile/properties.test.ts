// The laws of the plan, on random small books built to collide: few customers, few amounts, refs
// in some memos, exceptions, duplicates and pinned decisions.
import fc from "fast-check";
import { money, sum, type Money } from "../../../src/core/money";
import type { Payment, PaymentStatus, Settlement } from "../../../src/core/model";
import { reconcile, type PinnedDecision, type Plan } from "../../../src/core/reconcile";

type ArbOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

const CUSTOMERS = ["上海华达贸易有限公司", "北京恒泰科技有限公司", "Golden Lotus Trading Co., Ltd."];
const PAYERS = [...CUSTOMERS, "上海华达贸易", "GOLDEN LOTUS TRADING CO.,LTD", "张伟", "北京恒泰"];
const AMOUNTS = ["100.00", "200.00", "300.00", "250.50", "99.99", "1000.00", "1300.00", "0.01"];
const STATUSES: PaymentStatus[] = ["ok", "ok", "ok", "ok", "ok", "refunded", "closed"];

const settlementArb = fc.record({
  customer: fc.constantFrom(...CUSTOMERS),
  amount: fc.constantFrom(...AMOUNTS),
  day: fc.integer({ min: 1, max: 28 }),
});
const paymentArb = fc.record({
  payer: fc.constantFrom(...PAYERS),
  amount: fc.oneof(fc.constantFrom(...AMOUNTS, "400.00", "1299.00", "150.25"), fc.integer({ min: -5000, max: 200000 }).map((c) => (c / 100).toFixed(2))),
  refOf: fc.option(fc.nat(), { nil: undefined }),
  day: fc.integer({ min: 1, max: 28 }),
  status: fc.constantFrom(...STATUSES),
  tx: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
});

function book(sRaw: ArbOf<typeof settlementArb>[], pRaw: ArbOf<typeof paymentArb>[]): { settlements: Settlement[]; payments: Payment[] } {
  const settlements = sRaw.map((s, k): Settlement => ({
    id: `S!${k + 2}`,
    source: { sheet: "S", row: k + 2 },
    ref: `INV2024-${String(k + 1).padStart(5, "0")}`,
    customer: s.customer,
    issueDate: `2024-09-${String(s.day).padStart(2, "0")}`,
    dueDate: `2024-10-${String(s.day).padStart(2, "0")}`,
    amount: money(s.amount),
    currency: "CNY",
  }));
  const payments = pRaw.map((p, k): Payment => {
    const ref = p.refOf === undefined || settlements.length === 0 ? "" : (settlements[p.refOf % settlements.length]?.ref ?? "");
    return {
      id: `P!${k + 2}`,
      source: { sheet: "P", row: k + 2 },
      date: `2024-10-${String(p.day).padStart(2, "0")}`,
      amount: money(p.amount),
      currency: "CNY",
      direction: p.amount.startsWith("-") ? "out" : "in",
      payer: p.payer,
      reference: p.tx === undefined ? undefined : `TX00000${p.tx}`,
      memo: ref ? `货款${ref}` : "货款",
      method: "bank",
      status: p.status,
    };
  });
  return { settlements, payments };
}

const pinsArb = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant("match" as const), s: fc.nat(), p: fc.nat() }),
    fc.record({ kind: fc.constant("reject" as const), s: fc.nat(), p: fc.nat() }),
  ),
  { maxLength: 3 },
);

function pinsFor(raw: ArbOf<typeof pinsArb>, settlements: Settlement[], payments: Payment[]): PinnedDecision[] {
  if (settlements.length === 0 || payments.length === 0) return [];
  return raw.map((r) => {
    const s = settlements[r.s % settlements.length]?.id ?? "";
    const p = payments[r.p % payments.length]?.id ?? "";
    return r.kind === "match" ? { kind: "match", settlementIds: [s], paymentIds: [p] } : { kind: "reject", settlementId: s, paymentId: p };
  });
}

const scenario = fc.record({
  s: fc.array(settlementArb, { maxLength: 12 }),
  p: fc.array(paymentArb, { maxLength: 12 }),
  pins: pinsArb,
  seed: fc.integer(),
});

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let a = seed >>> 0;
  for (let i = out.length - 1; i > 0; i -= 1) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    const j = a % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const text = (plan: Plan): string => JSON.stringify(plan);
const byKey = <K>(items: Array<[K, Money]>): Map<K, Money> => {
  const m = new Map<K, Money>();
  for (const [k, v] of items) m.set(k, (m.get(k) ?? money("0")).plus(v));
  return m;
};

test("conservation and no over-allocation, per settlement and per payment", () => {
  fc.assert(
    fc.property(scenario, ({ s, p, pins }) => {
      const { settlements, payments } = book(s, p);
      const plan = reconcile({ settlements, payments, pinned: pinsFor(pins, settlements, payments) });
      const allocs = plan.groups.flatMap((g) => g.allocations);
      for (const a of allocs) expect(a.amount.isPositive()).toBe(true);
      const cleared = byKey(allocs.map((a) => [a.settlementId, a.amount.plus(a.writeOff ?? 0)]));
      const sOpen = new Map(plan.openSettlements.map((o) => [o.id, o.open]));
      for (const st of settlements) {
        const total = (cleared.get(st.id) ?? money("0")).plus(sOpen.get(st.id) ?? 0);
        expect(total.toFixed(2)).toBe(st.amount.toFixed(2));
        expect((sOpen.get(st.id) ?? money("0")).isNegative()).toBe(false);
      }
      const applied = byKey([
        ...allocs.map((a): [string, Money] => [a.paymentId, a.amount]),
        ...plan.groups.filter((g) => !g.advance.isZero()).map((g): [string, Money] => [g.allocations[0]?.paymentId ?? "", g.advance]),
      ]);
      const pOpen = new Map(plan.unappliedPayments.map((o) => [o.id, o.open]));
      const excepted = new Set(plan.paymentExceptions.map((e) => e.paymentId));
      for (const pay of payments) {
        if (excepted.has(pay.id) && pay.status !== "ok") expect(applied.has(pay.id)).toBe(false);
        if (excepted.has(pay.id) && pay.currency === "CNY") {
          expect(applied.has(pay.id)).toBe(false);
          continue;
        }
        const total = sum([applied.get(pay.id) ?? money("0"), pOpen.get(pay.id) ?? money("0")]);
        expect(total.toFixed(2)).toBe(pay.amount.toFixed(2));
      }
    }),
    { numRuns: 300 },
  );
});

test("determinism and row-order independence: shuffled input gives the identical plan", () => {
  fc.assert(
    fc.property(scenario, ({ s, p, pins, seed }) => {
      const { settlements, payments } = book(s, p);
      const pinned = pinsFor(pins, settlements, payments);
      const a = reconcile({ settlements, payments, pinned });
      const b = reconcile({ settlements: shuffled(settlements, seed), payments: shuffled(payments, seed + 1), pinned });
      expect(text(b)).toBe(text(a));
      expect(text(reconcile({ settlements, payments, pinned }))).toBe(text(a));
    }),
    { numRuns: 300 },
  );
});

test("pinned decisions are respected: matches become manual groups, rejected pairs never meet", () => {
  fc.assert(
    fc.property(scenario, ({ s, p, pins }) => {
      const { settlements, payments } = book(s, p);
      const pinned = pinsFor(pins, settlements, payments);
      const plan = reconcile({ settlements, payments, pinned });
      const pairs = new Set(plan.groups.flatMap((g) => g.allocations.map((a) => `${a.settlementId}|${a.paymentId}`)));
      for (const pin of pinned) {
        if (pin.kind === "reject") {
          const matchedByHand = pinned.some((m) => m.kind === "match" && m.settlementIds.includes(pin.settlementId) && m.paymentIds.includes(pin.paymentId));
          if (!matchedByHand) expect(pairs.has(`${pin.settlementId}|${pin.paymentId}`)).toBe(false);
        }
      }
      const first = pinned.find((x) => x.kind === "match");
      if (first && first.kind === "match") {
        const pay = payments.find((x) => x.id === first.paymentIds[0]);
        const manual = plan.groups.filter((g) => g.status === "manual");
        const receipt = pay && pay.status === "ok" && pay.direction === "in" && !pay.amount.isZero();
        const dupe = plan.paymentExceptions.some((e) => e.paymentId === pay?.id);
        if (receipt && !dupe) {
          const skipped = plan.skippedPins?.some((sp) => sp.index === pinned.indexOf(first));
          expect(skipped || manual.some((g) => g.allocations.some((a) => a.paymentId === pay.id))).toBe(true);
        }
      }
      for (const g of plan.groups) if (g.status === "manual") expect(g.rule).toBe("pinned");
    }),
    { numRuns: 300 },
  );
});

test("ambiguous groups are never auto, and auto groups meet the threshold", () => {
  fc.assert(
    fc.property(scenario, ({ s, p }) => {
      const { settlements, payments } = book(s, p);
      const plan = reconcile({ settlements, payments });
      for (const g of plan.groups) {
        if (g.alternatives) expect(g.status).toBe("ambiguous");
        if (g.status === "auto") expect(g.confidence).toBeGreaterThanOrEqual(0.9);
        expect(g.confidence).toBeGreaterThanOrEqual(0);
        expect(g.confidence).toBeLessThanOrEqual(1);
      }
    }),
    { numRuns: 300 },
  );
});
