// Bounded subset sum: which of these open amounts add up to the target exactly (or, with a slack,
// to between the target and target + slack: a combined payment less a bank fee)? Depth-first, in
// the order given (callers pass oldest first, so the first answer is the oldest-first one), pruned
// by suffix sums, and stopped after `maxVisits` nodes or once two answers are known (two answers
// already make the match ambiguous).

export interface SubsetResult {
  /** Index lists into `values`, in the order found (at most `wanted`). */
  solutions: number[][];
  /** False when the visit budget ran out before the search space was exhausted. */
  complete: boolean;
  visits: number;
}

export function findSubsets(
  values: readonly number[],
  target: number,
  minSize: number,
  maxSize: number,
  maxVisits: number,
  wanted = 2,
  /** Units the subset may exceed the target by (0: exact). */
  slack = 0,
): SubsetResult {
  const n = values.length;
  const suffix = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) suffix[i] = (suffix[i + 1] ?? 0) + (values[i] ?? 0);
  const solutions: number[][] = [];
  const chosen: number[] = [];
  let visits = 0;
  let complete = true;

  const dfs = (from: number, remaining: number): boolean => {
    for (let j = from; j < n; j += 1) {
      if ((suffix[j] ?? 0) < remaining) return true; // even all the rest cannot reach the target
      const v = values[j] ?? 0;
      if (v <= 0 || v > remaining + slack) continue;
      visits += 1;
      if (visits > maxVisits) {
        complete = false;
        return false;
      }
      chosen.push(j);
      if (v >= remaining) {
        if (chosen.length >= minSize) {
          solutions.push([...chosen]);
          if (solutions.length >= wanted) {
            chosen.pop();
            return false;
          }
        }
      } else if (chosen.length < maxSize && !dfs(j + 1, remaining - v)) {
        chosen.pop();
        return false;
      }
      chosen.pop();
    }
    return true;
  };
  if (target > 0 && n > 0) dfs(0, target);
  return { solutions, complete, visits };
}
