import fc from "fast-check";
import { keySimilarity, NAME_SIMILARITY_THRESHOLD, normalizeName } from "../../../src/core/names";
import { buildCustomerIndex, type Resolution } from "../../../src/core/reconcile/customers";

const MARGIN = 0.08;

/** What scoring the payer against every customer gives: the answer the index must reach with less work. */
function scoreEveryone(payer: string, customerNames: readonly string[]): Resolution {
  const key = normalizeName(payer);
  const keys = [...new Set(customerNames.map(normalizeName).filter(Boolean))].sort();
  if (!key) return { kind: "none" };
  const id = keys.indexOf(key);
  if (id >= 0) return { kind: "exact", customer: key, id, score: 1 };
  const scored = keys
    .map((k) => ({ key: k, score: keySimilarity(key, k) }))
    .filter((c) => c.score >= NAME_SIMILARITY_THRESHOLD)
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const best = scored[0];
  if (!best) return { kind: "none" };
  const rivals = scored.filter((c) => best.score - c.score < MARGIN);
  if (rivals.length > 1) {
    return { kind: "ambiguous", customers: rivals.map((c) => c.key), ids: rivals.map((c) => keys.indexOf(c.key)), score: best.score };
  }
  return { kind: "similar", customer: best.key, id: keys.indexOf(best.key), score: best.score };
}

describe("payer → customer through the bigram index", () => {
  // Distinct characters per name, as company names mostly are; a handful of customers, so the
  // shortlist never has to cut.
  const CHARS = "华恒泰鑫源达隆盛昌瑞嘉祥".split("");
  const name = fc.shuffledSubarray(CHARS, { minLength: 2, maxLength: 7 }).map((cs) => cs.join(""));
  const typo = (s: string, at: number, c: string): string => s.slice(0, at % s.length) + c + s.slice((at % s.length) + 1);

  test("finds what scoring every customer finds", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...CHARS, "有限公司", "股份"),
        (customers, pick, at, c) => {
          const base = customers[pick % customers.length] as string;
          const index = buildCustomerIndex(customers, [], NAME_SIMILARITY_THRESHOLD, MARGIN);
          for (const payer of [base, typo(base, at, c), `${base}${c}`, base.slice(1), `${base}有限公司`]) {
            expect(index.resolve(payer)).toEqual(scoreEveryone(payer, customers));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test("a payer close to two customers resolves to neither", () => {
    const index = buildCustomerIndex(["上海宏达贸易", "上海宏达电子"], []);
    expect(index.resolve("上海宏达")).toMatchObject({ kind: "ambiguous" });
  });
});
