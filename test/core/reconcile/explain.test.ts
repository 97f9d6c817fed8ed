import { P } from "../../../src/core/reconcile/explain";

test("the day gap reads as a person would write it, in both languages", () => {
  expect(P.daysApart(0)).toEqual({ en: "same day", "zh-CN": "同一天" });
  expect(P.daysApart(1)).toEqual({ en: "1 day apart", "zh-CN": "相差 1 天" });
  expect(P.daysApart(3)).toEqual({ en: "3 days apart", "zh-CN": "相差 3 天" });
});
