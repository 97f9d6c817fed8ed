// Test helper: the sample books the reader tests and the committed fixtures are made from.
import iconv from "iconv-lite";
import { strToU8, zipSync } from "fflate";
import { concat, writeCfb } from "./cfb-writer";
import {
  RT, buildWorkbookStream, cells, latin1, rec, rkCents, rkDouble, rkInt, sstString, u16, utf16, type BookSpec,
} from "./biff-writer";

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

export const biff8Book: BookSpec = {
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

/** A compound file holding the Workbook (BIFF8) or Book (BIFF5) stream built from `spec`. */
export function xlsFile(spec: BookSpec, streamName = "Workbook"): Uint8Array {
  return writeCfb([{ name: streamName, data: buildWorkbookStream(spec) }]);
}

/** A BIFF5 book in code page 936: text stored as GBK bytes in a "Book" stream. */
export function biff5GbkFile(): Uint8Array {
  const gbk = new Uint8Array(iconv.encode("建设银行", "gbk"));
  const label = rec(RT.LABEL, u16(0), u16(0), u16(0), u16(gbk.length), gbk);
  return xlsFile({ biff: 5, codepage: 936, sheets: [{ name: "Sheet1", records: [label, cells.rk(0, 1, 0, rkCents(12.5))] }] }, "Book");
}

// A hand-made package the way .NET exporters write it: `x:` prefixes, absolute relationship
// targets, cells and rows without `r`, no styles part, and the odd cell types.
const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export function handMade(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  const parts: Record<string, string> = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="utf-8"?><x:workbook ${NS}><x:workbookPr date1904="1"/><x:sheets><x:sheet name="流水" sheetId="1" r:id="R7"/></x:sheets></x:workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R7" Type="${REL}/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="R8" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/sharedStrings.xml": `<x:sst ${NS}><x:si><x:t xml:space="preserve"> a&amp;b </x:t></x:si><x:si><x:r><x:t>富</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>文本</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ふ</x:t></x:rPh></x:si><x:si><x:t>line_x000D_break</x:t></x:si></x:sst>`,
    "xl/worksheets/data.xml": `<x:worksheet ${NS}>${sheetXml}</x:worksheet>`,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])), { mtime: new Date(2024, 0, 1) });
}

export const DOTNET_SHEET = `<x:sheetData>
  <x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>
  <x:row><x:c><x:v>548.58000000000004</x:v></x:c><x:c><x:v>7.0000000000000007E-2</x:v></x:c><x:c r="E2"><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>
  <x:row r="4"><x:c t="inlineStr"><x:is><x:t>inline &lt;文字&gt;</x:t></x:is></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="d"><x:v>2024-10-17T00:00:00</x:v></x:c><x:c><x:v>abc</x:v></x:c><x:c><x:f>SUM(A1:A2)</x:f><x:v>12</x:v></x:c></x:row>
  <x:row><x:c t="s"><x:v>9</x:v></x:c></x:row>
</x:sheetData>`;
