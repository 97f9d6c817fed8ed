// A download cut short loses the zip's central directory (it sits at the end). The reader then
// finds the parts by their local headers and keeps every row before the break.
import { strToU8, zipSync } from "fflate";
import { isXlsx, readXlsxGrids } from "../../../src/import/spreadsheet";

const rows = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>客户${i % 97}</t></is></c></row>`).join("");
const sheet = (n: number): string => `<worksheet><sheetData>${rows(n)}</sheetData></worksheet>`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const workbook = `<workbook xmlns:r="${REL}"><sheets><sheet name="流水" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const rels = `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

describe("an .xlsx cut short", () => {
  it("keeps the rows before the break and says the file is incomplete", () => {
    const bytes = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8(workbook),
      "xl/_rels/workbook.xml.rels": strToU8(rels),
      "xl/worksheets/sheet1.xml": strToU8(sheet(5000)),
    });
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    expect(isXlsx(cut)).toBe(true);
    const r = readXlsxGrids(cut, { fileName: "cut.xlsx" });
    const values = r.grids[0]!.values;
    expect(values.length).toBeGreaterThan(1000);
    expect(values.length).toBeLessThan(5000);
    values.forEach((row, i) => expect(row).toEqual([i + 1, `客户${i % 97}`]));
    expect(r.problems.map((p) => p.detail)).toEqual([
      expect.stringContaining("zip directory"),
      expect.stringContaining("worksheet ends early"),
    ]);
  });

  it("reads the sheets even when the workbook part (written last by streaming writers) is lost", () => {
    const bytes = zipSync({
      "xl/worksheets/sheet1.xml": strToU8(sheet(3)),
      "xl/worksheets/sheet2.xml": strToU8(sheet(2)),
      "xl/workbook.xml": strToU8(workbook),
    });
    const cut = bytes.subarray(0, indexOf(bytes, strToU8("xl/workbook.xml")) - 30);
    expect(isXlsx(cut)).toBe(true);
    const r = readXlsxGrids(cut);
    expect(r.grids.map((g) => [g.sheet, g.values.length])).toEqual([
      ["sheet1", 3],
      ["sheet2", 2],
    ]);
    expect(r.problems.map((p) => p.detail)).toEqual([expect.stringContaining("zip directory"), expect.stringContaining("workbook part is lost")]);
  });
});
