import { PROBLEM_CODES, PROBLEM_MESSAGES, makeProblem } from "../../src/core/problems";

describe("problem codes are a closed, documented list", () => {
  test.each(PROBLEM_CODES.map((c) => [c]))("%s has a message in both languages that says what to do", (code) => {
    const m = PROBLEM_MESSAGES[code];
    expect(m.en.length).toBeGreaterThan(20);
    expect(m["zh-CN"].length).toBeGreaterThan(8);
    // Every message names an action (a verb the user can follow) in each language.
    expect(m.en).toMatch(/\b(Type|Use|Fill|Set|Correct|Make|Add|Check|Choose|Keep|delete|export|Delete|map)\b/);
    expect(m["zh-CN"]).toMatch(/请|按/);
    // Placeholders agree between the languages.
    for (const ph of ["{raw}", "{detail}"]) expect(m.en.includes(ph)).toBe(m["zh-CN"].includes(ph));
  });

  test("makeProblem fills the message and keeps the cell address", () => {
    const p = makeProblem({ sheet: "收款", row: 7, column: "C" }, "amount-ambiguous", "3.456", { detail: "“.”", lang: "zh-CN" });
    expect(p).toMatchObject({ sheet: "收款", row: 7, column: "C", code: "amount-ambiguous", raw: "3.456", detail: "“.”" });
    expect(p.message).toContain("3.456");
  });

  test("the list has no duplicates", () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
  });
});
