import fc from "fast-check";
import { NAME_SIMILARITY_THRESHOLD, nameSimilarity, normalizeName, resolveAlias } from "../../src/core/names";

describe("normalizeName removes what does not tell companies apart", () => {
  test.each<[string, string]>([
    ["上海宏达贸易有限公司", "上海宏达贸易"],
    ["上海宏达贸易股份有限公司", "上海宏达贸易"],
    ["上海宏达贸易有限责任公司", "上海宏达贸易"],
    ["宏达集团有限公司", "宏达"],
    ["宏达集团", "宏达"],
    ["上海宏达贸易（分公司）", "上海宏达贸易"],
    ["上海宏达贸易(北京分公司)有限公司", "上海宏达贸易"],
    ["上海宏达贸易有限公司北京分公司", "上海宏达贸易"],
    ["宏达集团深圳办事处", "宏达"],
    ["上海 宏达 贸易", "上海宏达贸易"],
    ["ＡＣＭＥ　Ｔｒａｄｉｎｇ", "acme trading"],
    ["ACME Trading Co., Ltd.", "acme trading"],
    ["Acme Trading Co.,Ltd", "acme trading"],
    ["Acme Trading Limited", "acme trading"],
    ["Acme Inc.", "acme"],
    ["Acme LLC", "acme"],
    ["Müller GmbH", "müller"],
    ["Acme Corp", "acme"],
    ["  张三  ", "张三"],
    ["", ""],
  ])("%#: %j → %j", (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });

  test("is idempotent", () => {
    for (const raw of ["上海宏达贸易有限公司", "ACME Trading Co., Ltd.", "宏达集团有限公司"]) {
      expect(normalizeName(normalizeName(raw))).toBe(normalizeName(raw));
    }
  });
});

describe("nameSimilarity", () => {
  const same = (a: string, b: string) => nameSimilarity(a, b) >= NAME_SIMILARITY_THRESHOLD;

  test.each<[string, string]>([
    ["上海宏达贸易有限公司", "上海宏达贸易"],
    ["上海宏达贸易有限公司", "上海宏达贸易（分公司）"],
    ["宏达贸易有限公司", "上海宏达贸易有限公司"],
    ["ACME Trading Co., Ltd.", "Acme Trading"],
    ["Acme Trading", "Acme Tradng"],
    ["Trading Acme", "Acme Trading Ltd"],
    ["ＡＣＭＥ　Ｔｒａｄｉｎｇ", "acme trading"],
  ])("%#: treats %j and %j as the same payer", (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  test.each<[string, string]>([
    ["北京华为科技有限公司", "北京华夏科技有限公司"],
    ["上海宏达贸易", "深圳宏达贸易"],
    ["Acme Trading", "Apex Trading"],
    ["张三", "张三丰"],
    ["华为", "华为技术有限公司"],
    ["", "Acme"],
  ])("%#: keeps %j and %j apart", (a, b) => {
    expect(same(a, b)).toBe(false);
  });

  test("is symmetric, in [0, 1], and 1 for the same name", () => {
    const names = ["上海宏达贸易有限公司", "宏达贸易", "Acme Trading", "Acme Tradng", "张三"];
    for (const a of names) {
      expect(nameSimilarity(a, a)).toBe(1);
      for (const b of names) {
        const s = nameSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(nameSimilarity(b, a)).toBe(s);
      }
    }
  });
});

describe("resolveAlias", () => {
  const aliases = [
    { payer: "张三", customer: "上海宏达贸易有限公司" },
    { payer: "ACME Trading Co., Ltd.", customer: "Acme Holdings" },
    { payer: "李四", customer: "甲公司" },
    { payer: "李四", customer: "乙公司" },
  ];
  test("finds the customer after normalising the payer", () => {
    expect(resolveAlias("张三", aliases)).toBe("上海宏达贸易有限公司");
    expect(resolveAlias(" 张 三 ", aliases)).toBe("上海宏达贸易有限公司");
    expect(resolveAlias("Acme Trading", aliases)).toBe("Acme Holdings");
  });
  test("returns nothing for an unknown payer or a contradictory table", () => {
    expect(resolveAlias("王五", aliases)).toBeUndefined();
    expect(resolveAlias("李四", aliases)).toBeUndefined();
    expect(resolveAlias("", aliases)).toBeUndefined();
  });
});

describe("normalizeName of a name written in ideographs only", () => {
  // The short cut for plain Chinese names must give what the full normalisation gives; a name
  // with a space around it takes the full path, so it is the oracle.
  const pieces = ["上海", "宏达", "贸易", "集团", "公司", "有限", "股份", "责任", "总", "北京", "分公司", "办事处", "营业部", "分店", "华", "恒"];
  test("gives what the full normalisation gives", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 7 }), (parts) => {
        const name = parts.join("");
        expect(normalizeName(name)).toBe(normalizeName(` ${name} `));
      }),
      { numRuns: 2000 },
    );
  });

  test.each<[string, string]>([
    ["集团公司", "集团"],
    ["上海宏达贸易有限公司北京分公司", "上海宏达贸易"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });
});
