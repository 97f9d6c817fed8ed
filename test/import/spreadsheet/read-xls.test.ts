import { isXls, readXlsGrids } from "../../../src/import/spreadsheet";
import { isDateFormat } from "../../../src/import/spreadsheet/number-format";
import { concat, writeCfb } from "./helpers/cfb-writer";
import { RT, buildWorkbookStream, cells as C, u16 } from "./helpers/biff-writer";
import { biff5GbkFile, biff8Book as book, xlsFile as xls } from "./helpers/sample-books";

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

  it("reads a small Workbook stream that a writer put in regular sectors instead of the mini stream", () => {
    const r = readXlsGrids(writeCfb([{ name: "Workbook", data: buildWorkbookStream(book) }], { noMiniStream: true }));
    expect(r.problems).toEqual([]);
    expect(r.grids[0]?.values[1]).toEqual([515.02, 66.4, -42, 1.5, 18.06, -0.07, 7]);
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
    const bytes = biff5GbkFile();
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
