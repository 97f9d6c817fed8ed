// Placeholder until the reconcile pipeline lands: says so and exits 2 (bad usage), never pretends to work.
export async function runReconcileCommand(_args: string[]): Promise<number> {
  console.error("settle reconcile: not available yet in this build.");
  return 2;
}
