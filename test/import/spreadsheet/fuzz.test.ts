// Laws for damaged input: neither reader throws, neither hangs, and whatever they return is
// well-formed (problems from the closed list, cells that are plain values).
import fc from "fast-check";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { PROBLEM_CODES } from "../../../src/core/problems";
import { readXlsGrids, readXlsxGrids, isXls, isXlsx } from "../../../src/import/spreadsheet";
import type { SpreadsheetResult } from "../../../src/import/spreadsheet";
import { writeCfb } from "./helpers/cfb-writer";
import { buildWorkbookStream, cells, latin1, rkCents, sstString, u16, utf16 } from "./helpers/biff-writer";
import { concat } from "./helpers/cfb-writer";

const MAX_MS = 2000;

function wellFormed(r: SpreadsheetResult): void {
  for (const p of r.problems) {
    expect(PROBLEM_CODES).toContain(p.code);
    expect(p.message.length).toBeGreaterThan(0);
  }
  for (const g of r.grids) {
    expect(g.firstRow).toBeGreaterThanOrEqual(1);
    expect(g.firstColumn).toBeGreaterThanOrEqual(1);
    for (const row of g.values) {
      for (const v of row) {
        expect(v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))).toBe(true);
      }
    }
  }
}

function timed(read: () => SpreadsheetResult): SpreadsheetResult {
  const start = Date.now();
  const r = read();
  expect(Date.now() - start).toBeLessThan(MAX_MS);
  return r;
}

function check(bytes: Uint8Array): void {
  wellFormed(timed(() => readXlsGrids(bytes)));
  wellFormed(timed(() => readXlsxGrids(bytes)));
  isXls(bytes);
  isXlsx(bytes);
}

/** Flips bytes and/or truncates a valid file. */
const mutation = (size: number) =>
  fc.record({
    flips: fc.array(fc.tuple(fc.nat({ max: size - 1 }), fc.integer({ min: 1, max: 255 })), { maxLength: 12 }),
    cut: fc.option(fc.nat({ max: size }), { nil: undefined }),
  });

function mutate(bytes: Uint8Array, m: { flips: [number, number][]; cut: number | undefined }): Uint8Array {
  const out = bytes.slice(0, m.cut ?? bytes.length);
  for (const [at, x] of m.flips) if (at < out.length) out[at] = out[at]! ^ x;
  return out;
}

const sampleXls = (): Uint8Array => {
  const rows = Array.from({ length: 40 }, (_, i) => [cells.labelSst(i, 0, 1, i % 3), cells.rk(i, 1, 2, rkCents(i * 1.25)), cells.number(i, 2, 1, 45000 + i)]).flat();
  const stream = buildWorkbookStream({
    formats: [[164, "yyyy-mm-dd"]],
    xfFormatIds: [0, 164, 4],
    sst: { count: 3, segments: [concat([sstString("收款"), u16(5), new Uint8Array([0]), latin1("AB")]), concat([new Uint8Array([1]), utf16("中文C"), sstString("x")])] },
    sheets: [{ name: "明细", records: rows }, { name: "二", records: [cells.label(0, 0, 0, "标签")] }],
  });
  return writeCfb([{ name: "Workbook", data: stream }]);
};

async function sampleXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("收款");
  for (let i = 1; i <= 30; i += 1) {
    ws.getCell(`A${i}`).value = `客户${i}`;
    ws.getCell(`B${i}`).value = i * 10.01;
    ws.getCell(`C${i}`).value = new Date(Date.UTC(2024, 0, i));
    ws.getCell(`C${i}`).numFmt = "yyyy-mm-dd";
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** An uncompressed package, so byte flips land in the XML itself rather than the deflate stream. */
function storedXlsx(): Uint8Array {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const rows = Array.from({ length: 20 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i % 2}</v></c><c r="B${i + 1}" s="1"><v>${i}.5</v></c></row>`).join("");
  const parts: Record<string, string> = {
    "[Content_Types].xml": "<Types/>",
    "xl/workbook.xml": `<workbook xmlns:r="${REL}"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/sharedStrings.xml": "<sst><si><t>甲</t></si><si><r><t>乙</t></r></si></sst>",
    "xl/styles.xml": '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>',
    "xl/worksheets/sheet1.xml": `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, [strToU8(v), { level: 0 }]])));
}

describe("damaged and random input", () => {
  it("random bytes never make a reader throw or hang", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (b) => check(b)), { numRuns: 200 });
  });

  it("random bytes behind a CFB or zip signature never make a reader throw or hang", () => {
    const sigs = [
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      [0x50, 0x4b, 0x03, 0x04],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...sigs), fc.uint8Array({ minLength: 0, maxLength: 4096 }), (sig, b) => check(concat([new Uint8Array(sig), b]))),
      { numRuns: 200 },
    );
  });

  it("mutated .xls files never make the reader throw or hang", () => {
    const valid = sampleXls();
    expect(readXlsGrids(valid).problems).toEqual([]);
    fc.assert(fc.property(mutation(valid.length), (m) => check(mutate(valid, m))), { numRuns: 300 });
  });

  it("mutated .xlsx files (compressed and stored) never make the reader throw or hang", async () => {
    const compressed = await sampleXlsx();
    const stored = storedXlsx();
    expect(readXlsxGrids(compressed).problems).toEqual([]);
    expect(readXlsxGrids(stored).problems).toEqual([]);
    for (const valid of [compressed, stored]) {
      fc.assert(fc.property(mutation(valid.length), (m) => check(mutate(valid, m))), { numRuns: 200 });
    }
  });
});
