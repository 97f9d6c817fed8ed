import { money, sum, toDecimalString } from "../../src/core/money";
test("0.1 + 0.2 is exactly 0.3", () => {
  expect(toDecimalString(sum([money("0.1"), money("0.2")]))).toBe("0.30");
});
