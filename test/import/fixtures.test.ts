// One fixture per real-world oddity (test/fixtures/import), each test named after the behaviour.
import { readFileSync } from "node:fs";
import path from "node:path";
import { importPayments } from "../../src/import";
import type { ImportResult } from "../../src/import";

const FIXTURES = path.resolve(__dirname, "../fixtures/import");
const read = (name: string, options = {}): ImportResult =>
  importPayments(new Uint8Array(readFileSync(path.join(FIXTURES, name))), { fileName: name, ...options });
const amounts = (r: ImportResult): string[] => r.payments.map((p) => p.amount.toFixed(2));
const codes = (r: ImportResult): string[] => r.problems.map((p) => p.code);

describe("encodings", () => {
  test("a GBK Alipay bill with preamble and footer decodes as GBK and keeps only the data rows", () => {
    const r = read("alipay-gbk-preamble-footer.csv");
    expect([r.format, r.encoding]).toEqual(["alipay", "gbk"]);
    expect(r.payments.map((p) => p.payer)).toEqual(["杭州甲乙贸易有限公司", "上海丙丁有限公司", "北京戊己有限公司"]);
    expect(r.payments[0]?.reference).toBe("2024030122001100000001"); // trailing TAB stripped, kept as text
    expect(r.problems).toEqual([]);
  });

  test("Latin-1 German text is not mistaken for GB18030", () => {
    const r = read("latin1-german-not-gb18030.csv");
    expect(r.encoding).toBe("iso-8859-1");
    expect(r.payments[0]?.payer).toBe("Müller & Söhne GmbH");
    expect(r.payments[0]?.memo).toContain("Übernachtung");
    expect(amounts(r)).toEqual(["1000.50", "-5.50"]);
  });

  test("UTF-16LE with BOM and TAB separators reads income and expense columns", () => {
    const r = read("utf16le-bom-tab-separated.txt");
    expect(r.encoding).toBe("utf-16le");
    expect(amounts(r)).toEqual(["3000.00", "-99.00"]);
    expect(r.payments.map((p) => p.currency)).toEqual(["CNY", "CNY"]);
  });

  test("cp1252 bytes 0x80–0x9F decode to € and typographic quotes, not C1 controls", () => {
    const r = read("ofx-cp1252-euro-memo.qfx");
    expect(r.encoding).toBe("cp1252");
    expect(r.payments[0]?.payer).toBe("Café “Métro”");
    expect(r.payments[0]?.memo).toBe("Paiement 5€ — débit");
  });

  test("the user can force the encoding", () => {
    const r = read("latin1-german-not-gb18030.csv", { encoding: "gbk" });
    expect(r.encoding).toBe("gbk");
  });
});

describe("CSV and platform bills", () => {
  test("separate income/expense columns, TAB-padded cells and a 人民币合计 / 以上数据 footer", () => {
    const r = read("income-expense-columns-summary-footer.csv");
    expect(amounts(r)).toEqual(["12800.00", "-5.00"]);
    expect(r.payments[0]).toMatchObject({ direction: "in", payer: "广州某某有限公司", payerAccount: "6217****5555", source: { row: 4 } });
    expect(r.problems).toEqual([]);
  });

  test("a 借/贷 flag column gives the direction of unsigned amounts", () => {
    const r = read("dr-cr-flag-column.csv");
    expect(r.payments.map((p) => [p.direction, p.amount.toFixed(2)])).toEqual([["in", "500.00"], ["out", "-20.00"]]);
  });

  test("WeChat 收/支 '/' rows are neutral; refund statuses are kept and marked", () => {
    const r = read("wechat-neutral-and-refunds.csv");
    expect(r.format).toBe("wechat");
    expect(r.payments.map((p) => [p.direction, p.status])).toEqual([
      ["out", "ok"],
      ["out", "partially-refunded"],
      ["neutral", "ok"],
      ["in", "ok"],
      ["out", "refunded"],
    ]);
    expect(r.payments.every((p) => p.method === "wechat")).toBe(true);
    expect(r.payments[2]?.memo).toContain("服务费¥0.50");
  });

  test("WeChat merchant bill: backtick-prefixed values, refund rows and the totals block", () => {
    const r = read("wechat-merchant-backticks-fee.csv");
    expect(r.format).toBe("wechat");
    expect(amounts(r)).toEqual(["100.00", "-20.00"]);
    expect(r.payments[1]?.status).toBe("refunded");
    expect(r.payments[0]?.fee?.toFixed(2)).toBe("0.60");
    expect(r.problems).toEqual([]);
  });

  test("Alipay merchant settlement: #-lines, 业务类型 退款, service-fee column", () => {
    const r = read("alipay-merchant-settlement-service-fee.csv");
    expect([r.format, r.encoding]).toEqual(["alipay", "gbk"]);
    expect(amounts(r)).toEqual(["100.00", "-20.00"]);
    expect(r.payments.map((p) => p.status)).toEqual(["ok", "refunded"]);
    expect(r.payments[0]?.fee?.toFixed(2)).toBe("-0.60");
    expect(r.payments[0]?.references).toContain("INV-2019-0901");
  });

  test("every unreadable row becomes a problem naming row and column; good rows still read", () => {
    const r = read("csv-unreadable-rows-become-problems.csv");
    expect(amounts(r)).toEqual(["10.00", "-2.50"]);
    expect(r.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["amount-unreadable", 3, "C"],
      ["date-unreadable", 4, "A"],
      ["date-impossible", 5, "A"],
      ["amount-missing", 6, "C"],
    ]);
  });
});

describe("OFX", () => {
  test("SGML with unclosed tags, two accounts, $120, 6000.000,00, -3.77000, padded comma amounts", () => {
    const r = read("ofx-sgml-two-accounts-odd-amounts.ofx");
    expect(r.format).toBe("ofx");
    expect(amounts(r)).toEqual(["120.00", "-3.77", "6000000.00", "-222.22"]);
    expect(r.payments.map((p) => p.currency)).toEqual(["USD", "USD", "BRL", "BRL"]);
    expect(r.payments[0]?.payer).toBe("Acme & Co");
    expect(r.payments[3]?.date).toBe(""); // 201120000000 is no date
    expect(codes(r)).toEqual(["date-impossible", "amount-unreadable"]);
  });

  test("OFX 2 XML with CDATA", () => {
    const r = read("ofx-xml-cdata.ofx");
    expect(r.payments[0]).toMatchObject({ payer: "EFTPOS <ALDI> STORE", memo: "GEELONG & WEST", currency: "AUD" });
    expect(r.balances.map((b) => [b.kind, b.amount.toFixed(2)])).toEqual([["closing", "100.00"]]);
  });
});

describe("CAMT", () => {
  test("batch entries split per TxDtls, reversal as reported, charges not double counted, two statements", () => {
    const r = read("camt053-batch-reversal-charges-two-statements.xml");
    expect(r.format).toBe("camt053");
    expect(amounts(r)).toEqual(["100.00", "200.00", "-20.00", "-4.50", "20.97"]);
    expect(r.payments[0]).toMatchObject({ payer: "Alpha AG", reference: "RF18539007547034", valueDate: "2024-03-02" });
    expect(r.payments[1]?.memo).toBe("Invoice INV-77 and INV-78 | second line");
    expect(r.payments[2]).toMatchObject({ status: "reversed", reversal: true, direction: "out", payer: "Gamma SA" });
    expect(r.payments[4]).toMatchObject({ currency: "EUR", date: "2024-03-02", payer: "Delta Inc", originalCurrency: "USD" });
    // Statement 1 adds up; statement 2 does not and is reported, not fatal.
    expect(r.problems.map((p) => [p.code, p.detail?.startsWith("S2")])).toEqual([["balance-mismatch", true]]);
  });

  test("camt.054 without a booking date keeps the line and reports the missing date", () => {
    const r = read("camt054-no-booking-date.xml");
    expect(r.format).toBe("camt054");
    expect(r.payments[0]).toMatchObject({ date: "", currency: "SEK", reference: "255ae394-9965-4438-ac86-f406feada396" });
    expect(r.payments[0]?.amount.toFixed(2)).toBe("-200000.00");
    expect(codes(r)).toEqual(["date-missing"]);
  });
});

describe("MT940", () => {
  test("SWIFT blocks, funds code CR/DR, RC reversal, German ?NN fields wrapped across lines", () => {
    const r = read("mt940-swift-blocks-german-86-wrapped.sta");
    expect(r.format).toBe("mt940");
    expect(amounts(r)).toEqual(["250.00", "-9.00", "-50.00"]);
    expect(r.payments[0]).toMatchObject({ payer: "MUSTERMANN GMBH", reference: "RE-2024-0042", payerAccount: "DE02100200300001234567" });
    expect(r.payments[0]?.memo).toContain("Rechnung RE-2024-0042 v. 01.03.24");
    expect(r.payments[2]).toMatchObject({ status: "reversed", direction: "out" });
    expect(r.payments).toHaveLength(3); // the :86: after :62F: is statement information
    expect(r.problems).toEqual([]);
  });

  test("Dutch /NAME/ /REMI/ wrapped mid-word; a statement that does not add up warns", () => {
    const r = read("mt940-dutch-eref-wrapped-multi-statement.sta");
    expect(r.payments.map((p) => p.payer)).toEqual(["J. Jansen BV", "Kosten"]);
    expect(r.payments[0]?.memo).toContain("Amsterdam Nederland/REMI/Factuur INV-2024-00017");
    expect(r.payments[0]?.reference).toBe("INV-2024-00017");
    expect(codes(r)).toEqual(["balance-mismatch"]);
    expect(r.balances).toHaveLength(4);
  });
});

describe("header synonyms", () => {
  test("English Debit/Credit columns with the currency unit in the header, day-first dates", () => {
    const r = read("english-debit-credit-columns-unit-in-header.csv");
    expect(r.payments.map((p) => [p.date, p.amount.toFixed(2), p.payer])).toEqual([
      ["2024-03-31", "1250.00", "ACME LTD"],
      ["2024-03-15", "-3.45", "COFFEE CO"],
    ]);
    expect(r.payments[0]?.transactionDate).toBe("2024-03-30");
    expect(r.payments.map((p) => p.currency)).toEqual(["GBP", "GBP"]);
    expect(r.problems).toEqual([]);
  });
});

test("an Alipay row with an empty 收/支 is neutral, not money in", () => {
  const r = read("alipay-blank-direction-is-neutral.csv");
  expect(r.format).toBe("alipay");
  expect(r.payments.map((p) => [p.direction, p.amount.toFixed(2)])).toEqual([["neutral", "100.00"], ["out", "-50.00"]]);
});

test("problem messages follow the language asked for", () => {
  const r = read("csv-unreadable-rows-become-problems.csv", { lang: "zh-CN" });
  expect(r.problems[0]?.message).toBe("金额“ten euros”无法识别为数字，请填写如 1234.56 的数值。");
  expect(r.problems[0]?.sheet).toBe("csv-unreadable-rows-become-problems.csv");
});

test("a bank CSV whose running balance skips a line warns on that row", () => {
  const r = read("running-balance-missing-line.csv");
  expect(r.payments).toHaveLength(5);
  expect(r.problems.map((p) => [p.code, p.row, p.column])).toEqual([["balance-mismatch", 5, "E"]]);
});

test("an HTML table saved as .xls (Chinese bank download) reads like a CSV", () => {
  const r = read("html-table-saved-as-xls.xls");
  expect(r.format).toBe("csv");
  expect(r.payments.map((p) => [p.date, p.amount.toFixed(2), p.payer])).toEqual([
    ["2024-08-01", "1200.00", "杭州某某有限公司"],
    ["2024-08-02", "-2.50", "手续费"],
  ]);
  expect(r.payments[0]?.memo).toBe("货款 INV-801");
  expect(r.problems).toEqual([]);
});
