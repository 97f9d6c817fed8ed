import { reconcile, type MatchGroup, type Plan } from "../../../src/core/reconcile";
import { payment, settlement } from "./build";

const groupOf = (plan: Plan, paymentId: string): MatchGroup | undefined =>
  plan.groups.find((g) => g.allocations.some((a) => a.paymentId === paymentId));

describe("reference pass", () => {
  const s = settlement({ id: "S1", ref: "INV2024-00123", customer: "上海华达贸易有限公司", amount: "10000.00" });
  const other = settlement({ id: "S2", ref: "JS20241017001", customer: "上海华达贸易有限公司", amount: "500.00" });

  test.each([["货款INV2024-00123"], ["INV 2024 00123"], ["ｉｎｖ２０２４－００１２３"], ["RE:inv2024-00123 thanks"]])(
    "finds the ref in “%s” and applies the payment automatically",
    (memo) => {
      const p = payment({ id: "P1", payer: "某某", amount: "10000.00", memo, date: "2024-11-02" });
      const plan = reconcile({ settlements: [s, other], payments: [p] });
      const g = groupOf(plan, "P1");
      expect(g).toMatchObject({ status: "auto", rule: "reference", evidence: "reference" });
      expect(g?.allocations).toHaveLength(1);
      expect(g?.allocations[0]?.settlementId).toBe("S1");
      expect(g?.explanation.en).toBe("Reference INV2024-00123 found in the memo; amounts equal; 2 days apart");
      expect(g?.explanation["zh-CN"]).toBe("参考号 INV2024-00123 出现在摘要中; 金额一致; 相差 2 天");
    },
  );

  test("付JS20241017001款 with the ref glued to Chinese text", () => {
    const p = payment({ id: "P1", payer: "x", amount: "500.00", memo: "付JS20241017001款" });
    const g = groupOf(reconcile({ settlements: [s, other], payments: [p] }), "P1");
    expect(g?.allocations.map((a) => a.settlementId)).toEqual(["S2"]);
  });

  test("one payment naming two settlements pays both", () => {
    const p = payment({ id: "P1", payer: "x", amount: "10500.00", memo: "INV2024-00123,JS20241017001" });
    const g = groupOf(reconcile({ settlements: [s, other], payments: [p] }), "P1");
    expect(g?.status).toBe("auto");
    expect(g?.allocations.map((a) => [a.settlementId, a.amount.toFixed(2)])).toEqual([
      ["S1", "10000.00"],
      ["S2", "500.00"],
    ]);
  });

  test("a bank fee within tolerance clears the settlement and is named", () => {
    const p = payment({ id: "P1", payer: "x", amount: "9985.00", memo: "货款INV2024-00123" });
    const plan = reconcile({ settlements: [s], payments: [p] });
    const g = groupOf(plan, "P1");
    expect(g).toMatchObject({ rule: "tolerance", differenceKind: "fee", status: "auto" });
    expect(g?.difference.toFixed(2)).toBe("-15.00");
    expect(g?.allocations[0]?.writeOff?.toFixed(2)).toBe("15.00");
    expect(plan.openSettlements).toEqual([]);
  });

  test("an overpayment keeps the remainder as an advance receipt", () => {
    const p = payment({ id: "P1", payer: "x", amount: "10300.00", memo: "INV2024-00123" });
    const plan = reconcile({ settlements: [s], payments: [p] });
    const g = groupOf(plan, "P1");
    expect(g?.rule).toBe("overpayment");
    expect(g?.advance.toFixed(2)).toBe("300.00");
    expect(g?.allocations[0]?.amount.toFixed(2)).toBe("10000.00");
    expect(plan.unappliedPayments).toEqual([]);
  });

  test("a partial payment leaves the rest open", () => {
    const p = payment({ id: "P1", payer: "x", amount: "4000.00", memo: "INV2024-00123" });
    const plan = reconcile({ settlements: [s], payments: [p] });
    expect(groupOf(plan, "P1")).toMatchObject({ rule: "partial", differenceKind: "underpayment" });
    expect(plan.openSettlements.map((o) => [o.id, o.open.toFixed(2)])).toEqual([["S1", "6000.00"]]);
  });

  test("instalments naming the same settlement form one group", () => {
    const a = payment({ id: "P1", payer: "x", amount: "4000.00", memo: "INV2024-00123 第一期", date: "2024-10-20" });
    const b = payment({ id: "P2", payer: "x", amount: "6000.00", memo: "INV2024-00123 尾款", date: "2024-11-20" });
    const plan = reconcile({ settlements: [s], payments: [a, b] });
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0]).toMatchObject({ rule: "instalments", status: "auto" });
    expect(plan.openSettlements).toEqual([]);
  });
});

describe("customer and amount", () => {
  const a = settlement({ id: "S1", ref: "A-1", customer: "北京恒泰科技有限公司", amount: "1200.00", dueDate: "2024-10-31" });
  const b = settlement({ id: "S2", ref: "A-2", customer: "北京恒泰科技有限公司", amount: "800.50", dueDate: "2024-11-30" });
  const c = settlement({ id: "S3", ref: "A-3", customer: "北京恒泰科技有限公司", amount: "3000.00", dueDate: "2024-12-30" });

  test("same customer (有限公司 dropped) and same amount → automatic", () => {
    const p = payment({ id: "P1", payer: "北京恒泰科技", amount: "1200.00", memo: "货款" });
    const g = groupOf(reconcile({ settlements: [a, b, c], payments: [p] }), "P1");
    expect(g).toMatchObject({ status: "auto", rule: "exact-amount", evidence: "customer" });
    expect(g?.allocations[0]?.settlementId).toBe("S1");
  });

  test("one payment for several settlements: exact subset sum", () => {
    const p = payment({ id: "P1", payer: "北京恒泰科技有限公司", amount: "4200.00", memo: "" });
    const g = groupOf(reconcile({ settlements: [a, b, c], payments: [p] }), "P1");
    expect(g?.rule).toBe("subset-sum");
    expect(g?.allocations.map((x) => x.settlementId).sort()).toEqual(["S1", "S3"]);
  });

  test("two subsets that both fit make the group ambiguous, with alternatives", () => {
    const d = settlement({ id: "S4", ref: "A-4", customer: "北京恒泰科技有限公司", amount: "1000.00" });
    const e = settlement({ id: "S5", ref: "A-5", customer: "北京恒泰科技有限公司", amount: "200.00" });
    const p = payment({ id: "P1", payer: "北京恒泰科技有限公司", amount: "4200.00", memo: "" });
    const g = groupOf(reconcile({ settlements: [a, c, d, e], payments: [p] }), "P1");
    expect(g?.status).toBe("ambiguous");
    expect(g?.alternatives?.length).toBe(2);
  });

  test("two open settlements with the same amount and due date: ambiguous, never auto", () => {
    const x = settlement({ id: "S8", ref: "B-1", customer: "杭州金源实业有限公司", amount: "500.00" });
    const y = settlement({ id: "S9", ref: "B-2", customer: "杭州金源实业有限公司", amount: "500.00" });
    const p = payment({ id: "P1", payer: "杭州金源实业有限公司", amount: "500.00" });
    const g = groupOf(reconcile({ settlements: [x, y], payments: [p] }), "P1");
    expect(g?.status).toBe("ambiguous");
    expect(g?.alternatives?.map((alt) => alt[0]?.settlementId)).toEqual(["S8", "S9"]);
  });

  test("equal amounts, different due dates: the nearest due date is suggested, not auto", () => {
    const x = settlement({ id: "S8", ref: "B-1", customer: "杭州金源实业有限公司", amount: "500.00", dueDate: "2024-09-30" });
    const y = settlement({ id: "S9", ref: "B-2", customer: "杭州金源实业有限公司", amount: "500.00", dueDate: "2024-10-31" });
    const p = payment({ id: "P1", payer: "杭州金源实业有限公司", amount: "500.00", date: "2024-11-01" });
    const g = groupOf(reconcile({ settlements: [x, y], payments: [p] }), "P1");
    expect(g).toMatchObject({ status: "suggested" });
    expect(g?.allocations[0]?.settlementId).toBe("S9");
  });

  test("instalments without a reference", () => {
    const p1 = payment({ id: "P1", payer: "北京恒泰科技有限公司", amount: "1000.00", date: "2024-12-01" });
    const p2 = payment({ id: "P2", payer: "北京恒泰科技有限公司", amount: "2000.00", date: "2024-12-20" });
    const plan = reconcile({ settlements: [c], payments: [p1, p2] });
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0]?.rule).toBe("instalments");
  });

  test("currencies are never mixed without a rate", () => {
    const p = payment({ id: "P1", payer: "北京恒泰科技有限公司", amount: "1200.00", currency: "USD" });
    const plan = reconcile({ settlements: [a], payments: [p] });
    expect(plan.groups).toEqual([]);
    expect(plan.paymentExceptions.map((e) => e.kind)).toEqual(["currency"]);
    expect(plan.unappliedPayments.map((u) => u.id)).toEqual(["P1"]);
    const withRate = reconcile({ settlements: [a], payments: [p], settings: { rates: [{ from: "USD", to: "CNY", rate: "1" }] } });
    expect(withRate.groups).toHaveLength(1);
  });
});

describe("payments that are not receipts", () => {
  const s = settlement({ id: "S1", ref: "INV2024-00999", customer: "深圳宏伟电子有限公司", amount: "100.00" });
  test("refunds, closed, outgoing and duplicates are exceptions and never matched", () => {
    const ok = payment({ id: "P1", payer: "深圳宏伟电子有限公司", amount: "100.00", memo: "INV2024-00999", reference: "TX000000001" });
    const dup = payment({ id: "P2", payer: "深圳宏伟电子有限公司", amount: "100.00", memo: "INV2024-00999", reference: "TX000000001" });
    const refund = payment({ id: "P3", payer: "深圳宏伟电子有限公司", amount: "100.00", memo: "INV2024-00999", status: "refunded" });
    const closed = payment({ id: "P4", payer: "深圳宏伟电子有限公司", amount: "100.00", status: "closed" });
    const out = payment({ id: "P5", payer: "深圳宏伟电子有限公司", amount: "-100.00", direction: "out" });
    const plan = reconcile({ settlements: [s], payments: [ok, dup, refund, closed, out] });
    expect(plan.groups.flatMap((g) => g.allocations.map((a) => a.paymentId))).toEqual(["P1"]);
    expect(plan.paymentExceptions.map((e) => [e.paymentId, e.kind, e.duplicateOf])).toEqual([
      ["P2", "duplicate", "P1"],
      ["P3", "refund", undefined],
      ["P4", "closed", undefined],
      ["P5", "outgoing", undefined],
    ]);
  });

  test("a payment from nobody known stays unapplied", () => {
    const p = payment({ id: "P1", payer: "利息", amount: "3.21", memo: "结息" });
    const plan = reconcile({ settlements: [s], payments: [p] });
    expect(plan.groups).toEqual([]);
    expect(plan.unappliedPayments.map((u) => [u.id, u.open.toFixed(2)])).toEqual([["P1", "3.21"]]);
  });
});

describe("pinned decisions", () => {
  const s1 = settlement({ id: "S1", ref: "INV2024-00001", customer: "成都安康医药有限公司", amount: "100.00" });
  const s2 = settlement({ id: "S2", ref: "INV2024-00002", customer: "成都安康医药有限公司", amount: "100.00" });
  const p = payment({ id: "P1", payer: "成都安康医药有限公司", amount: "100.00", memo: "INV2024-00001" });

  test("a manual match wins over a reference and survives re-runs", () => {
    const pinned = [{ kind: "match" as const, settlementIds: ["S2"], paymentIds: ["P1"] }];
    const plan = reconcile({ settlements: [s1, s2], payments: [p], pinned });
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0]).toMatchObject({ status: "manual", rule: "pinned", confidence: 1 });
    expect(plan.groups[0]?.allocations[0]?.settlementId).toBe("S2");
    expect(reconcile({ settlements: [s2, s1], payments: [p], pinned })).toEqual(plan);
  });

  test("a rejection keeps the pair apart in every pass", () => {
    const plan = reconcile({ settlements: [s1], payments: [p], pinned: [{ kind: "reject", settlementId: "S1", paymentId: "P1" }] });
    expect(plan.groups).toEqual([]);
  });

  test("a pin naming a deleted row is reported", () => {
    const plan = reconcile({ settlements: [s1], payments: [p], pinned: [{ kind: "match", settlementIds: ["S9"], paymentIds: ["P1"] }] });
    expect(plan.skippedPins?.[0]?.index).toBe(0);
  });
});

describe("payer resolution", () => {
  const s = settlement({ id: "S1", ref: "C-1", customer: "厦门嘉祥食品有限公司", amount: "880.00" });
  test("an alias ties a payer name to a customer", () => {
    const p = payment({ id: "P1", payer: "林小姐", amount: "880.00" });
    expect(reconcile({ settlements: [s], payments: [p] }).groups).toEqual([]);
    const plan = reconcile({ settlements: [s], payments: [p], aliases: [{ payer: "林小姐", customer: "厦门嘉祥食品有限公司" }] });
    expect(plan.groups[0]).toMatchObject({ status: "auto", rule: "exact-amount" });
    expect(plan.groups[0]?.explanation.en).toContain("alias");
  });

  test("a huge overpayment on a reference is only suggested", () => {
    const p = payment({ id: "P1", payer: "x", amount: "88000.00", memo: "C-1 INV" });
    const r = settlement({ id: "S2", ref: "INV2024-77777", customer: "厦门嘉祥食品有限公司", amount: "880.00" });
    const q = payment({ id: "P2", payer: "x", amount: "88000.00", memo: "INV2024-77777" });
    const plan = reconcile({ settlements: [s, r], payments: [p, q] });
    const g = groupOf(plan, "P2");
    expect(g).toMatchObject({ rule: "overpayment", status: "suggested" });
  });
});

describe("several equal payments for one settlement", () => {
  const s = settlement({ id: "S1", ref: "D-1", customer: "宁波宏伟机械有限公司", amount: "640.00", dueDate: "2024-10-31" });
  test("same day: ambiguous, listing both payments", () => {
    const a = payment({ id: "P1", payer: "宁波宏伟机械有限公司", amount: "640.00", date: "2024-11-02", memo: "货款" });
    const b = payment({ id: "P2", payer: "宁波宏伟机械有限公司", amount: "640.00", date: "2024-11-02", memo: "付款" });
    const plan = reconcile({ settlements: [s], payments: [a, b] });
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0]?.status).toBe("ambiguous");
    expect(plan.groups[0]?.alternatives?.map((alt) => alt[0]?.paymentId)).toEqual(["P1", "P2"]);
  });
  test("the one nearest the due date is suggested", () => {
    const a = payment({ id: "P1", payer: "宁波宏伟机械有限公司", amount: "640.00", date: "2024-11-01" });
    const b = payment({ id: "P2", payer: "宁波宏伟机械有限公司", amount: "640.00", date: "2024-12-20" });
    const plan = reconcile({ settlements: [s], payments: [a, b] });
    expect(plan.groups[0]).toMatchObject({ status: "suggested" });
    expect(plan.groups[0]?.allocations[0]?.paymentId).toBe("P1");
    expect(plan.unappliedPayments.map((u) => u.id)).toEqual(["P2"]);
  });
});

describe("amounts beyond exact range", () => {
  test("a book whose amounts pass 2^53 − 1 units is refused with the row named, never rounded", () => {
    const big = settlement({ id: "S1", ref: "INV-1", customer: "甲公司", amount: "90071992547409.91", source: { sheet: "Settlements", row: 5 } });
    const p = payment({ id: "P1", payer: "甲公司", amount: "0.01", source: { sheet: "Payments", row: 9 } });
    expect(() => reconcile({ settlements: [big], payments: [] })).not.toThrow();
    expect(() => reconcile({ settlements: [big], payments: [p] })).toThrow(/^Payments row 9: the amounts of this book add up to more than 90,071,992,547,409\.91/);
  });

  test("a single amount beyond the range names its own row", () => {
    const huge = settlement({ id: "S1", ref: "INV-1", customer: "甲公司", amount: "1e20", source: { sheet: "Settlements", row: 7 } });
    expect(() => reconcile({ settlements: [huge], payments: [] })).toThrow(/^Settlements row 7: .*Reconcile the book in parts/);
  });
});

describe("duplicates across currencies", () => {
  test("a USD line and a CNY line with the same figures are two payments, even when USD is converted", () => {
    const s = settlement({ id: "S1", ref: "INV-9", customer: "郑州瑞银机械股份有限公司", amount: "86259.23" });
    const usd = payment({ id: "P1", payer: "郑州瑞银机械股份有限公司", amount: "86259.23", currency: "USD", memo: "货款", date: "2024-11-02" });
    const cny = payment({ id: "P2", payer: "郑州瑞银机械股份有限公司", amount: "86259.23", currency: "CNY", memo: "货款", date: "2024-11-02" });
    const plan = reconcile({ settlements: [s], payments: [usd, cny], settings: { rates: [{ from: "USD", to: "CNY", rate: "7.1" }] } });
    expect(plan.paymentExceptions).toEqual([]);
    expect(groupOf(plan, "P2")).toMatchObject({ status: "auto", rule: "exact-amount" });
    expect(plan.unappliedPayments.map((u) => [u.id, u.open.toFixed(2)])).toEqual([["P1", "612440.53"]]);
  });
});

describe("one payment for several settlements, less a bank fee", () => {
  const customer = "杭州明光电子有限公司";
  const s1 = settlement({ id: "S1", ref: "JS-1", customer, amount: "12000.00", issueDate: "2024-09-01" });
  const s2 = settlement({ id: "S2", ref: "JS-2", customer, amount: "8500.00", issueDate: "2024-09-15" });
  const s3 = settlement({ id: "S3", ref: "JS-3", customer, amount: "3100.00", issueDate: "2024-10-01" });

  test("three invoices paid in one transfer less a 15.00 fee are suggested, the fee written off", () => {
    const p = payment({ id: "P1", payer: customer, amount: "23585.00", memo: "货款" });
    const plan = reconcile({ settlements: [s1, s2, s3], payments: [p] });
    const g = groupOf(plan, "P1");
    expect(g).toMatchObject({ status: "suggested", rule: "tolerance", differenceKind: "fee" });
    expect(g?.difference.toFixed(2)).toBe("-15.00");
    expect(g?.allocations.map((a) => [a.settlementId, a.amount.toFixed(2), a.writeOff?.toFixed(2)])).toEqual([
      ["S1", "12000.00", undefined],
      ["S2", "8500.00", undefined],
      ["S3", "3085.00", "15.00"],
    ]);
    expect(g?.explanation.en).toContain("one payment for 3 settlements together");
    expect(plan.openSettlements).toEqual([]);
  });

  test("an exact combination still wins over one that needs a fee", () => {
    const p = payment({ id: "P1", payer: customer, amount: "20500.00", memo: "货款" });
    const g = groupOf(reconcile({ settlements: [s1, s2, s3], payments: [p] }), "P1");
    expect(g).toMatchObject({ status: "auto", rule: "subset-sum" });
    expect(g?.allocations.map((a) => a.settlementId)).toEqual(["S1", "S2"]);
  });

  test("two combinations that fit as well are not guessed", () => {
    const t1 = settlement({ id: "T1", ref: "X-1", customer, amount: "1000.00" });
    const t2 = settlement({ id: "T2", ref: "X-2", customer, amount: "1000.00" });
    const t3 = settlement({ id: "T3", ref: "X-3", customer, amount: "1000.00" });
    const p = payment({ id: "P1", payer: customer, amount: "1990.00", memo: "货款" });
    const plan = reconcile({ settlements: [t1, t2, t3], payments: [p] });
    expect(groupOf(plan, "P1")?.rule).not.toBe("tolerance");
  });

  test("a gap beyond the tolerance is no fee", () => {
    const p = payment({ id: "P1", payer: customer, amount: "20400.00", memo: "货款" });
    const g = groupOf(reconcile({ settlements: [s1, s2, s3], payments: [p] }), "P1");
    expect(g?.rule).not.toBe("tolerance");
  });
});
