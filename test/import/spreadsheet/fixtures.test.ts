// Committed sample files, one per oddity, for anyone testing format detection or the table
// reader on real bytes. They are made by the helpers (UPDATE_FIXTURES=1 rewrites them) and read
// back here, so a fixture and its expectations cannot drift apart.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isXls, isXlsx, readXlsGrids, readXlsxGrids } from "../../../src/import/spreadsheet";
import { DOTNET_SHEET, biff5GbkFile, biff8Book, handMade, xlsFile } from "./helpers/sample-books";

const DIR = path.resolve(__dirname, "../../fixtures/import/spreadsheet");
const FIXTURES: Record<string, () => Uint8Array> = {
  "biff8-sst-continue-split.xls": () => xlsFile(biff8Book),
  "biff5-gbk-codepage-936.xls": () => biff5GbkFile(),
  "dotnet-x-prefixed-no-cell-refs.xlsx": () => handMade(DOTNET_SHEET),
};

if (process.env.UPDATE_FIXTURES === "1") {
  mkdirSync(DIR, { recursive: true });
  for (const [name, make] of Object.entries(FIXTURES)) writeFileSync(path.join(DIR, name), make());
}

const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(DIR, name)));

describe("committed spreadsheet fixtures", () => {
  it("all exist", () => {
    for (const name of Object.keys(FIXTURES)) expect(existsSync(path.join(DIR, name))).toBe(true);
  });

  it("biff8-sst-continue-split.xls: strings split across CONTINUE records read whole", () => {
    const bytes = read("biff8-sst-continue-split.xls");
    expect([isXls(bytes), isXlsx(bytes)]).toEqual([true, false]);
    const r = readXlsGrids(bytes);
    expect(r.problems).toEqual([]);
    expect(r.grids[0]?.values[0]).toEqual(["收款人", "ABC中文DEF", "Rich", "café", "Zürich 12", "长字AB"]);
    expect(r.grids[0]?.values[1]).toEqual([515.02, 66.4, -42, 1.5, 18.06, -0.07, 7]);
  });

  it("biff5-gbk-codepage-936.xls: GBK text in an Excel 95 book", () => {
    const r = readXlsGrids(read("biff5-gbk-codepage-936.xls"));
    expect(r.grids[0]?.values).toEqual([["建设银行", 12.5]]);
  });

  it("dotnet-x-prefixed-no-cell-refs.xlsx: prefixed tags and cells without references", () => {
    const bytes = read("dotnet-x-prefixed-no-cell-refs.xlsx");
    expect([isXls(bytes), isXlsx(bytes)]).toEqual([false, true]);
    const r = readXlsxGrids(bytes);
    expect(r.date1904).toBe(true);
    expect(r.grids[0]?.values[1]).toEqual([548.58, 0.07, null, null, 1, 2]);
  });
});
