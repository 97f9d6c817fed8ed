import fc from "fast-check";
import { alnumRuns, forEachCandidateKey, keyHash, keyLengths, refKey } from "../../../src/core/reconcile/ref-key";

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

// The string-by-string reading the scanner replaced, kept as the oracle: the scanner must visit
// exactly these candidates, whatever the text.
function oracleCandidates(text: string, lengths: ReturnType<typeof keyLengths>): Set<string> {
  const out = new Set<string>();
  const runs = alnumRuns(text);
  for (let i = 0; i < runs.length; i += 1) {
    let joined = "";
    for (let j = i; j < runs.length && j < i + 4; j += 1) {
      joined += runs[j];
      if (joined.length > lengths.max) break;
      if (lengths.has[joined.length] === 1) out.add(joined);
    }
    const run = runs[i] ?? "";
    if (run.length > lengths.min && run.length <= 40 && /[A-Z]/.test(run) && /[0-9]/.test(run)) {
      for (let k = Math.max(1, run.length - lengths.max); k + lengths.min <= run.length; k += 1) {
        if (lengths.has[run.length - k] === 1) out.add(run.slice(k));
      }
    }
  }
  return out;
}

test("the scanner visits exactly the candidates of a string-by-string reading, and refKey joins the same runs", () => {
  const piece = fc.oneof(
    fc.constantFrom("INV", "js", "ｉｎｖ", "２０２４", "－", "-", " ", "货款", "付", "款", "、", "/", "PAY", "RE:", "0", "1", "00123", "2024", "\u3000", "Ａ"),
    fc.string({ maxLength: 4 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), fc.array(fc.integer({ min: 3, max: 20 }), { minLength: 1, maxLength: 5 }), (parts, lens) => {
      const text = parts.join("");
      const keys = lens.map((n) => "X".repeat(n));
      const lengths = keyLengths(keys);
      const seen = new Set<string>();
      forEachCandidateKey(text, lengths, (k) => seen.add(k));
      expect([...seen].sort()).toEqual([...oracleCandidates(text, lengths)].sort());
      expect(refKey(text)).toBe(alnumRuns(text).join(""));
      // With a hash filter, exactly the candidates whose hash it accepts.
      const filtered = new Set<string>();
      forEachCandidateKey(text, lengths, (k) => filtered.add(k), (h) => h % 3 === 0);
      expect([...filtered].sort()).toEqual([...seen].filter((k) => keyHash(k) % 3 === 0).sort());
    }),
    { numRuns: 1500 },
  );
});
