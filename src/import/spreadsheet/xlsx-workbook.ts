// The workbook-level parts of .xlsx: the sheet list and date system (workbook.xml), the shared
// string table (sharedStrings.xml) and the cell styles' number formats (styles.xml).
import { formatCode } from "./number-format";
import { scanXml } from "./xml-scan";

/** One `<sheet>` entry of workbook.xml. */
export interface WorkbookSheet {
  name: string;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** Index into `sheets` of the tab selected when saved. */
  activeTab: number;
}

function truthy(value: string | undefined): boolean {
  return value === "1" || value?.toLowerCase() === "true";
}

export function parseWorkbook(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false, activeTab: 0 };
  let sawView = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === "sheet") {
        const state = attrs.state === "hidden" || attrs.state === "veryHidden" ? attrs.state : "visible";
        info.sheets.push({ name: attrs.name ?? "", relId: attrs.id ?? "", state });
      } else if (name === "workbookPr") {
        info.date1904 = truthy(attrs.date1904);
      } else if (name === "workbookView" && !sawView) {
        sawView = true;
        const tab = Number(attrs.activeTab ?? "0");
        info.activeTab = Number.isInteger(tab) && tab >= 0 ? tab : 0;
      }
    },
    close() {},
    text() {},
  });
  return info;
}

/** Undoes the OOXML `_xHHHH_` escape (used for control characters such as `_x000D_`). */
export function unescapeOoxml(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The shared strings, in order. Rich text runs (`<r><t>`) are joined; phonetic guides (`<rPh>`,
 * furigana above the text) are not part of the value and are skipped.
 */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inT = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === "si") current = [];
      else if (name === "rPh") phonetic += selfClosing ? 0 : 1;
      else if (name === "t") inT = !selfClosing;
    },
    close(name) {
      if (name === "si") {
        strings.push(unescapeOoxml((current ?? []).join("")));
        current = undefined;
      } else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (name === "t") inT = false;
    },
    text(text) {
      if (inT && phonetic === 0 && current) current.push(text);
    },
  });
  return strings;
}

/** The number format code of each cell style (`cellXfs` index → format code). */
export function parseStyles(xml: string): string[] {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === "numFmts") inNumFmts = !selfClosing;
      else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "numFmt" && inNumFmts) {
        const id = Number(attrs.numFmtId);
        if (Number.isInteger(id)) custom.set(id, attrs.formatCode ?? "General");
      } else if (name === "xf" && inCellXfs) {
        const id = Number(attrs.numFmtId ?? "0");
        xfFormatIds.push(Number.isInteger(id) ? id : 0);
      }
    },
    close(name) {
      if (name === "numFmts") inNumFmts = false;
      else if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return xfFormatIds.map((id) => formatCode(id, custom));
}
