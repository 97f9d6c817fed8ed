// Placeholder until the import pipeline lands: says so and exits 2 (bad usage), never pretends to work.
export async function runImportCommand(_args: string[]): Promise<number> {
  console.error("settle import: not available yet in this build.");
  return 2;
}
