// The engine on the labelled generator: the figures the issue sets as the bar.
import { reconcile } from "../../../src/core/reconcile";
import { generateBook } from "./generator";
import { scorePlan } from "./score";

describe.each([1, 2, 3])("generated book, seed %i (5,000 settlements)", (seed) => {
  const book = generateBook(5000, seed);
  const plan = reconcile({ settlements: book.settlements, payments: book.payments });
  const score = scorePlan(plan, book.truth);

  test("figures", () => {
    console.warn(`seed ${seed}: ${JSON.stringify(score)}`);
    expect(score.precisionAuto).toBeGreaterThanOrEqual(0.995);
    expect(score.recallAuto).toBeGreaterThanOrEqual(0.95);
    expect(score.recallAutoOrSuggested).toBeGreaterThanOrEqual(0.99);
    expect(score.ambiguousTruthAuto).toBe(0);
    expect(score.exceptionsFlagged).toBe(score.exceptionsExpected);
  });
});
