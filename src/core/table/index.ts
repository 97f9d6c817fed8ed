// Reading settlement and payment tables out of grids (DESIGN.md §3, §5).
export { type Grid, type CellValue, columnLetter } from "./grid";
export { findHeaderRow, scoreGrid, HEADER_SEARCH_ROWS, type HeaderFound } from "./find-header";
export { mapColumns, type ColumnMapping, type MappedColumn, type MappingOverride } from "./map-columns";
export { readSettlements, type TableReadOptions, type TableReadResult } from "./read-settlements";
export { readPayments } from "./read-payments";
export { SETTLEMENT_SYNONYMS, PAYMENT_SYNONYMS, fieldOf, headerKey, type SettlementField, type PaymentField, type TableKind } from "./synonyms";
export { statusOf, directionOf, methodOf } from "./payment-words";
export { currencyCode } from "./currency";
