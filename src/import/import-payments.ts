// The one entry point: bytes in → { format, encoding, payments, problems, balances }. Pure (no fs,
// no Node APIs): detection, decoding and every reader work on the bytes given. Never throws: an
// unreadable file gives no payments and a problem that says why.
import { makeProblem } from "../core/problems";
import type { Lang } from "../core/problems";
import { decodeBytes, normaliseEncoding } from "./decode/decode-bytes";
import type { EncodingLabel } from "./decode/decode-bytes";
import { detectEncoding } from "./decode/detect-encoding";
import { detectBinaryFormat, detectTextFormat } from "./detect-format";
import type { ImportFormat, ImportOptions, ImportResult, ReaderContext, ReaderOutput } from "./types";
import { readCamt } from "./camt/read-camt";
import { readMt940 } from "./mt940/read-mt940";
import { readOfx } from "./ofx/read-ofx";
import { readDelimited } from "./csv/read-delimited";
import { readSpreadsheet } from "./read-spreadsheet";

function readText(format: ImportFormat, text: string, ctx: ReaderContext): ReaderOutput & { format?: ImportFormat } {
  switch (format) {
    case "camt052":
    case "camt053":
    case "camt054":
      return readCamt(text, ctx);
    case "mt940":
      return readMt940(text, ctx);
    case "ofx":
      return readOfx(text, ctx);
    default:
      return readDelimited(text, format, ctx);
  }
}

/**
 * Gives duplicate ids (several transactions on one line of a one-line file) a "#n" suffix. Readers
 * emit payments in line order, so duplicates are neighbours and one pass without a map suffices.
 */
function uniqueIds(out: ReaderOutput): void {
  let previous = "";
  let n = 1;
  for (const p of out.payments) {
    if (p.id === previous) {
      n++;
      p.id = `${p.id}#${n}`;
    } else {
      previous = p.id;
      n = 1;
    }
  }
}

function failed(format: ImportResult["format"], encoding: string, sheet: string, lang: Lang, code: "file-unreadable" | "format-unknown", detail: string): ImportResult {
  return { format, encoding, payments: [], problems: [makeProblem({ sheet, row: 0, column: "" }, code, "", { detail, lang })], balances: [] };
}

/** Reads a bank / platform export. `options.format` and `options.encoding` override detection. */
export function importPayments(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const sheet = options.fileName ?? "import";
  const lang: Lang = options.lang ?? "en";
  const ctx: ReaderContext = { sheet, lang };
  try {
    const forcedFormat = options.format && options.format !== "auto" ? options.format : undefined;
    const binary = detectBinaryFormat(bytes);
    if (forcedFormat === "xlsx" || forcedFormat === "xls" || (!forcedFormat && binary)) {
      return readSpreadsheet(bytes, (forcedFormat ?? binary) as "xlsx" | "xls", ctx);
    }
    const detected = detectEncoding(bytes);
    let encoding: EncodingLabel = detected.encoding;
    let body = bytes.subarray(detected.bomLength);
    if (options.encoding) {
      const forced = normaliseEncoding(options.encoding);
      if (!forced) return failed("unknown", options.encoding, sheet, lang, "file-unreadable", `unknown encoding “${options.encoding}”`);
      // A BOM is skipped only when it belongs to the encoding the user chose.
      if (forced !== encoding) body = bytes;
      encoding = forced;
    }
    const text = detected.text !== undefined && encoding === detected.encoding ? detected.text : decodeBytes(body, encoding);
    const format = forcedFormat ?? detectTextFormat(text);
    if (!format) {
      const why =
        bytes.length === 0
          ? "the file is empty"
          : options.encoding
            ? `the bytes do not read as ${encoding} text in a known format; try another encoding`
            : "not CSV, OFX, CAMT, MT940, Alipay, WeChat Pay or a spreadsheet";
      return failed("unknown", encoding, sheet, lang, bytes.length === 0 ? "file-unreadable" : "format-unknown", why);
    }
    const { format: readFormat, ...out } = { format, ...readText(format, text, ctx) };
    uniqueIds(out);
    const result: ImportResult = { format: readFormat, encoding, ...out };
    if (!detected.confident && !options.encoding) {
      result.problems.unshift(makeProblem({ sheet, row: 0, column: "" }, "encoding-uncertain", "", { detail: encoding, lang }));
    }
    return result;
  } catch (err) {
    // A reader bug must not take the caller down: report it as an unreadable file.
    return failed("unknown", "", sheet, lang, "file-unreadable", `internal error: ${err instanceof Error ? err.message : String(err)}`);
  }
}
