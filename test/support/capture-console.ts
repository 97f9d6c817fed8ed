// Runs a command function with console.log / console.error captured, as the CLI tests need:
// the exit code and what the user would have seen on each stream.
export async function captureConsole(command: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((m: string) => void out.push(m));
  const error = jest.spyOn(console, "error").mockImplementation((m: string) => void err.push(m));
  try {
    return { code: await command(), out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
