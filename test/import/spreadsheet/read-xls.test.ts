import iconv from "iconv-lite";
import { isXls, readXlsGrids } from "../../../src/import/spreadsheet";
import { isDateFormat } from "../../../src/import/spreadsheet/number-format";
import { concat, writeCfb } from "./helpers/cfb-writer";
import {
  RT, buildWorkbookStream, cells, latin1, rec, rkCents, rkDouble, rkInt, sstString, u16, utf16, type BookSpec,
} from "./helpers/biff-writer";

// The shared string table, split across CONTINUE records the way Excel splits long tables:
// mid-string with a width switch (Latin-1 → UTF-16 and back), inside formatting runs (no option
// byte there), and exactly at a string boundary (no option byte either).
const rich = sstString("Rich", { runs: 2, ext: 6 });
const sst = {
  count: 6,
  segments: [
    concat([sstString("收款人"), u16(8), new Uint8Array([0]), latin1("ABC")]),
    concat([new Uint8Array([1]), utf16("中文DEF"), rich.subarray(0, 3 + 2 + 4 + 4 + 3)]),
    concat([rich.subarray(3 + 2 + 4 + 4 + 3), sstString("café")]),
    concat([sstString("Zürich 12"), u16(4), new Uint8Array([1]), utf16("长字")]),
    concat([new Uint8Array([0]), latin1("AB")]),
  ],
};

const C = cells;
const mainSheet = [
  ...[0, 1, 2, 3, 4, 5].map((i) => C.labelSst(0, i, 0, i)),
  C.number(1, 0, 3, 515.02),
  C.rk(1, 1, 0, rkCents(66.4)),
  C.rk(1, 2, 0, rkInt(-42)),
  C.rk(1, 3, 0, rkDouble(1.5)),
  C.mulrk(1, 4, [[3, rkCents(18.06)], [3, rkCents(-0.07)], [0, rkInt(7)]]),
  C.number(2, 0, 1, 45658),
  C.number(2, 1, 2, 45659),
  C.formulaNumber(2, 2, 0, 703.26),
  C.formulaSpecial(2, 3, 0, 0),
  C.string("公式结果"),
  C.formulaSpecial(2, 4, 0, 1, 1),
  C.formulaSpecial(2, 5, 0, 2, 0x2a),
  C.formulaSpecial(2, 6, 0, 3),
  C.boolerr(3, 0, 0, 1, false),
  C.boolerr(3, 1, 0, 0x07, true),
  C.label(3, 2, 0, "标签文本"),
  C.blank(3, 3, 0),
  C.mulblank(3, 4, [0, 0]),
  C.label(5, 3, 0, "far"),
];

const book: BookSpec = {
  formats: [[164, 'yyyy"年"m"月"d"日"']],
  xfFormatIds: [0, 14, 164, 4],
  sst,
  sheets: [
    { name: "收款明细", records: mainSheet },
    { name: "隐藏", state: 1, records: [C.number(0, 0, 0, 1)] },
    { name: "图表", kind: 2, records: [] },
  ],
  activeTab: 0,
};

function xls(spec: BookSpec, streamName = "Workbook"): Uint8Array {
  return writeCfb([{ name: streamName, data: buildWorkbookStream(spec) }]);
}

describe("readXlsGrids (BIFF8)", () => {
  const bytes = xls(book);
  const result = readXlsGrids(bytes, { fileName: "bank.xls" });
  const grid = result.grids[0]!;

  it("reads the workbook without problems and lists every sheet", () => {
    expect(isXls(bytes)).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.sheets).toEqual([
      { name: "收款明细", state: "visible", active: true, hasGrid: true },
      { name: "隐藏", state: "hidden", active: false, hasGrid: true },
      { name: "图表", state: "visible", active: false, hasGrid: false },
    ]);
    expect(result.grids.map((g) => g.sheet)).toEqual(["收款明细", "隐藏"]);
    expect(grid.firstRow).toBe(1);
    expect(grid.firstColumn).toBe(1);
  });

  it("reads shared strings split across CONTINUE records, re-reading the width at each one", () => {
    expect(grid.values[0]).toEqual(["收款人", "ABC中文DEF", "Rich", "café", "Zürich 12", "长字AB"]);
  });

  it("decodes NUMBER, RK (integer, ×100, double) and MULRK to the amounts Excel shows", () => {
    expect(grid.values[1]).toEqual([515.02, 66.4, -42, 1.5, 18.06, -0.07, 7]);
    expect(grid.numberFormats?.[1]?.[0]).toBe("#,##0.00");
  });

  it("keeps date serials as numbers with a date format (built-in 14 and a custom Chinese one)", () => {
    expect(grid.values[2]?.slice(0, 2)).toEqual([45658, 45659]);
    expect(grid.numberFormats?.[2]?.slice(0, 2)).toEqual(["mm-dd-yy", 'yyyy"年"m"月"d"日"']);
    expect(grid.numberFormats?.[2]?.slice(0, 2).map(isDateFormat)).toEqual([true, true]);
    expect(isDateFormat(grid.numberFormats?.[1]?.[0] ?? "")).toBe(false);
  });

  it("gives formulas their cached result: number, text (STRING record), boolean, error, empty", () => {
    expect(grid.values[2]?.slice(2)).toEqual([703.26, "公式结果", true, "#N/A"]);
  });

  it("reads BOOLERR and LABEL; blanks give no value; sparse rows stay empty", () => {
    expect(grid.values[3]).toEqual([true, "#DIV/0!", "标签文本"]);
    expect(grid.values[4]).toEqual([]);
    expect(grid.values[5]).toEqual([null, null, null, "far"]);
  });

  it("reads the 1904 date system flag", () => {
    expect(readXlsGrids(xls({ ...book, date1904: true })).date1904).toBe(true);
    expect(result.date1904).toBe(false);
  });

  it("reads a Workbook stream of more than 4096 bytes (regular sectors, not the mini stream)", () => {
    const many = Array.from({ length: 600 }, (_, i) => C.number(i, 0, 0, i + 0.25));
    const big = readXlsGrids(xls({ sheets: [{ name: "S", records: many }] }));
    expect(big.problems).toEqual([]);
    expect(big.grids[0]?.values.length).toBe(600);
    expect(big.grids[0]?.values[599]).toEqual([599.25]);
  });
});

describe("readXlsGrids (BIFF5 and damaged files)", () => {
  it("reads BIFF5 text in the workbook's code page (936 = GBK) from a Book stream", () => {
    const gbk = new Uint8Array(iconv.encode("建设银行", "gbk"));
    const label = rec(RT.LABEL, u16(0), u16(0), u16(0), u16(gbk.length), gbk);
    const bytes = xls({ biff: 5, codepage: 936, sheets: [{ name: "Sheet1", records: [label, C.rk(0, 1, 0, rkCents(12.5))] }] }, "Book");
    const r = readXlsGrids(bytes);
    expect(r.problems).toEqual([]);
    expect(r.grids[0]?.values).toEqual([["建设银行", 12.5]]);
  });

  it("says a password-protected workbook must be saved without a password", () => {
    const r = readXlsGrids(xls({ ...book, encrypted: true }), { lang: "zh-CN" });
    expect(r.grids).toEqual([]);
    expect(r.problems[0]?.code).toBe("file-unreadable");
    expect(r.problems[0]?.message).toContain("密码");
  });

  it("reports a missing shared string at its cell instead of reading it as empty", () => {
    const r = readXlsGrids(xls({ sheets: [{ name: "S", records: [C.labelSst(2, 1, 0, 99)] }] }));
    expect(r.problems).toEqual([expect.objectContaining({ sheet: "S", row: 3, column: "B", code: "file-unreadable", raw: "99" })]);
  });

  it("turns a non-compound file into a problem naming the file", () => {
    const r = readXlsGrids(new Uint8Array([1, 2, 3]), { fileName: "x.xls" });
    expect(isXls(new Uint8Array([1, 2, 3]))).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ sheet: "x.xls", row: 0, code: "file-unreadable" })]);
    expect(r.problems[0]?.message).toMatch(/compound file/);
  });

  it("stops at a sector chain that loops, with a problem, instead of hanging", () => {
    const many = Array.from({ length: 600 }, (_, i) => C.number(i, 0, 0, i));
    const bytes = xls({ sheets: [{ name: "S", records: many }] });
    // FAT is sector 0 (offset 512); the stream's chain is its last run of sectors. Point its
    // second sector back to its first.
    const fat = new DataView(bytes.buffer, 512, 512);
    const streamStart = fat.getUint32(0, true) === 0xfffffffd ? findStreamStart(fat) : 0;
    fat.setUint32((streamStart + 1) * 4, streamStart, true);
    const r = readXlsGrids(bytes);
    expect(r.problems.some((p) => /loops/.test(p.message))).toBe(true);
  });

  it("reads what it can of a truncated file and says it is cut short", () => {
    const many = Array.from({ length: 600 }, (_, i) => C.number(i, 0, 0, i));
    const bytes = xls({ sheets: [{ name: "S", records: many }] });
    const r = readXlsGrids(bytes.subarray(0, bytes.length - 2000));
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.grids[0]?.values.length ?? 0).toBeGreaterThan(100);
    expect(r.grids[0]?.values.length ?? 0).toBeLessThan(600);
  });

  it("a record whose body is cut short is a problem, the other cells are kept", () => {
    const broken = concat([u16(RT.NUMBER), u16(6), u16(1), u16(0), u16(0)]);
    const r = readXlsGrids(xls({ sheets: [{ name: "S", records: [C.number(0, 0, 0, 5), broken, C.number(2, 0, 0, 6)] }] }));
    expect(r.grids[0]?.values).toEqual([[5], [], [6]]);
    expect(r.problems).toEqual([expect.objectContaining({ sheet: "S", code: "file-unreadable" })]);
  });
});

/** The first sector of the largest chain: the sector after the last FATSECT/dir/minifat ones. */
function findStreamStart(fat: DataView): number {
  // The writer lays out FAT, directory, mini FAT, mini stream, then the big stream; the big
  // stream is the longest run of consecutive "next = self + 1" entries.
  let best = 0;
  let bestLen = 0;
  let i = 0;
  while (i < 128) {
    let j = i;
    while (j < 128 && fat.getUint32(j * 4, true) === j + 1) j += 1;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j + 1;
  }
  return best;
}
