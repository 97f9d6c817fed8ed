import { alnumRuns, forEachCandidateKey, keyLengths, refKey } from "../../../src/core/reconcile/ref-key";

test("a reference key keeps alphanumerics only, upper-case, full-width folded", () => {
  expect(refKey("INV-2024/00123")).toBe("INV202400123");
  expect(refKey("ｉｎｖ２０２４－００１２３")).toBe("INV202400123");
  expect(refKey(" js 2024 1017 001 ")).toBe("JS20241017001");
});

test("memo runs split at Chinese text and punctuation", () => {
  expect(alnumRuns("货款INV2024-00123")).toEqual(["INV2024", "00123"]);
  expect(alnumRuns("付JS20241017001款")).toEqual(["JS20241017001"]);
});

function candidates(memo: string, keys: string[]): string[] {
  const found = new Set<string>();
  const wanted = new Set(keys);
  forEachCandidateKey(memo, keyLengths(keys), (k) => {
    if (wanted.has(k)) found.add(k);
  });
  return [...found].sort();
}

test.each([
  ["货款INV2024-00123", ["INV202400123"]],
  ["付JS20241017001款", ["JS20241017001"]],
  ["INV 2024 00123", ["INV202400123"]],
  ["PAYINV202400123", ["INV202400123"]],
  ["INV2024-00123、INV2024-00124 两张发票", ["INV202400123", "INV202400124"]],
  ["转账 2024 00123", []],
])("finds the refs in “%s”", (memo, expected) => {
  expect(candidates(memo, ["INV202400123", "INV202400124", "JS20241017001"])).toEqual(expected);
});
