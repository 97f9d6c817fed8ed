// Public API of the bank / platform export readers.
export { importPayments } from "./import-payments";
export type { ImportFormat, ImportOptions, ImportResult, ImportedPayment, StatementBalance, StatementInfo } from "./types";
export { IMPORT_FORMATS } from "./types";
export { importResultJson, directionTotals } from "./to-json";
export type { PaymentJson } from "./to-json";
