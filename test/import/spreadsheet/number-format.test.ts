import { formatCode, isDateFormat } from "../../../src/import/spreadsheet/number-format";

describe("isDateFormat", () => {
  it.each([
    "yyyy-mm-dd",
    "mm-dd-yy",
    'yyyy"年"m"月"d"日"',
    "m/d/yy h:mm",
    "[$-804]yyyy/m/d",
    "h:mm:ss",
    "[h]:mm:ss",
    "yyyy-mm-dd;@",
    "d-mmm-yy",
  ])("%s is a date or time", (code) => expect(isDateFormat(code)).toBe(true));

  it.each([
    "General",
    "0.00",
    "#,##0.00",
    '#,##0.00"元"',
    '"¥"#,##0.00',
    "\\¥#,##0.00",
    "[$¥-804]#,##0.00",
    "#,##0.00_);[Red](#,##0.00)",
    "@",
    "0.00E+00",
    '0.00" days"',
  ])("%s is not a date", (code) => expect(isDateFormat(code)).toBe(false));
});

describe("formatCode", () => {
  it("prefers the file's own definition, then the built-in table, then General", () => {
    const custom = new Map([[14, "yyyy/m/d"], [164, "0.000"]]);
    expect(formatCode(14, custom)).toBe("yyyy/m/d");
    expect(formatCode(164, custom)).toBe("0.000");
    expect(formatCode(22, new Map())).toBe("m/d/yy h:mm");
    expect(formatCode(31, new Map())).toBe('yyyy"年"m"月"d"日"');
    expect(formatCode(200, new Map())).toBe("General");
  });
});
