// `settle` command entry (DESIGN.md §7). Each sub-command lives in its own module.
import { runImportCommand } from "./import-command";
import { runReconcileCommand } from "./reconcile-command";

const USAGE = `usage:
  settle reconcile <book.xlsx> [--settlements SHEET] [--payments SHEET] [--as-of YYYY-MM-DD]
                   [--config settings.json] [--lang en|zh-CN] [--out out.xlsx] [--json plan.json]
  settle import <bank-file> [--format auto|csv|alipay|wechat|ofx|camt053|camt054|mt940]
                [--into book.xlsx --sheet NAME] [--json payments.json]`;

/** Runs the command and returns the process exit code (0 ok, 2 bad usage or unreadable file). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "reconcile":
      return runReconcileCommand(rest);
    case "import":
      return runImportCommand(rest);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`settle: unknown command '${command}'.\n${USAGE}`);
      return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`settle: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(2);
    },
  );
}
