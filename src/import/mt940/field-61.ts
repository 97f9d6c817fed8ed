// The :61: statement line: 6!n[4!n]2a[1!a]15d1!a3!c16x[//16x] plus an optional second line.
// The D/C mark is C, D, RC (reversal of credit = money out), RD (reversal of debit = money in),
// EC or ED; a letter right after C/D is the funds code (3rd letter of the currency: "CR" in EUR,
// "DD" in USD), not a reversal. Amounts use a comma decimal and may have none ("9,", "500").
import type { Money } from "../../core/money";
import { plainDecimal } from "../common/decimal-text";
import { isoDate } from "../common/calendar";

export interface Line61 {
  valueDate?: string;
  /** The value date as written when it is not a real date ("160230"). */
  valueDateRaw: string;
  /** Booking date from MMDD, year from the value date adjusted across a year end. */
  entryDate?: string;
  entryDateRaw?: string;
  mark: "C" | "D" | "RC" | "RD" | "EC" | "ED";
  /** Money in? RC is out, RD is in. */
  credit: boolean;
  reversal: boolean;
  amount: Money;
  amountRaw: string;
  typeCode?: string;
  customerRef?: string;
  bankRef?: string;
}

const RE = /^(\d{6})(\d{4}|\s{4})?(RC|RD|EC|ED|C|D)([A-Z])?(\d[\d,]*|,\d+)([NSF][A-Z0-9 ]{3})?(.*)$/;

/** Parses the first line of a :61: field; undefined when it does not follow the grammar. */
export function parseLine61(raw: string): Line61 | undefined {
  const m = RE.exec(raw.trim());
  if (!m) return undefined;
  const [, vd = "", ed, mark = "C", , amountRaw = "", type, rest = ""] = m;
  const amount = plainDecimal(amountRaw, ",");
  if (!amount) return undefined;
  const vy = 2000 + Number(vd.slice(0, 2));
  const year = vy >= 2080 ? vy - 100 : vy;
  const vm = Number(vd.slice(2, 4));
  const out: Line61 = {
    valueDateRaw: vd,
    mark: mark as Line61["mark"],
    credit: mark === "C" || mark === "RD" || mark === "EC",
    reversal: mark === "RC" || mark === "RD",
    amount,
    amountRaw,
  };
  const valueDate = isoDate(year, vm, Number(vd.slice(4, 6)));
  if (valueDate) out.valueDate = valueDate;
  if (ed && ed.trim()) {
    out.entryDateRaw = ed;
    const em = Number(ed.slice(0, 2));
    // The booking can fall in the next year (value 31 Dec, booked 2 Jan) or the previous one.
    const ey = vm === 12 && em === 1 ? year + 1 : vm === 1 && em === 12 ? year - 1 : year;
    const entry = isoDate(ey, em, Number(ed.slice(2, 4)));
    if (entry) out.entryDate = entry;
  }
  if (type) out.typeCode = type.trim();
  const [customer, bank] = rest.split("//", 2).map((s) => s.trim());
  if (customer && customer.toUpperCase() !== "NONREF") out.customerRef = customer;
  if (bank) out.bankRef = bank;
  return out;
}
