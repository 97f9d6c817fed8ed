import { detectEncoding } from "../../../src/import/decode/detect-encoding";
import { decodeBytes } from "../../../src/import/decode/decode-bytes";

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe("detectEncoding", () => {
  test("BOMs win and are skipped", () => {
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toMatchObject({ encoding: "utf-8", bomLength: 3 });
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toMatchObject({ encoding: "utf-16le", bomLength: 2 });
    expect(detectEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toMatchObject({ encoding: "utf-16be", bomLength: 2 });
  });

  test("UTF-16 without a BOM is recognised by its zero bytes", () => {
    const bytes = Uint8Array.from([..."Date,Amount\n"].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(detectEncoding(bytes).encoding).toBe("utf-16le");
  });

  test("valid UTF-8 Chinese stays UTF-8; GBK bytes are GBK", () => {
    expect(detectEncoding(new TextEncoder().encode("交易时间,金额\n")).encoding).toBe("utf-8");
    // "交易时间,金额" in GBK
    const gbk = Uint8Array.from([0xbd, 0xbb, 0xd2, 0xd7, 0xca, 0xb1, 0xbc, 0xe4, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a]);
    expect(detectEncoding(gbk).encoding).toBe("gbk");
    expect(decodeBytes(gbk, "gbk")).toBe("交易时间,金额\n");
  });

  test("Latin-1 German that also decodes as GB18030 is read as Latin-1", () => {
    const bytes = latin1("Buchung;Auftraggeber/Empfänger;Verwendungszweck\n28.12.2018;Müller;Übernachtung in Neuenhausen\n");
    expect(detectEncoding(bytes).encoding).toBe("iso-8859-1");
  });

  test("bytes 0x80–0x9F make it windows-1252, decoded to the real characters", () => {
    const bytes = latin1("Caf\xe9 \x93M\xe9tro\x94 5\x80 \x97 d\xe9bit");
    expect(detectEncoding(bytes).encoding).toBe("cp1252");
    expect(decodeBytes(bytes, "cp1252")).toBe("Café “Métro” 5€ — débit");
  });

  test("Hungarian CP852 text is recognised (Raiffeisen HU MT940)", () => {
    const bytes = latin1("Csoportos \xa0tutal\xa0s j\xa2v\xa0\xa1r\xa0sa\nBankon bel\x81li \xa0tutal\xa0s\n");
    expect(detectEncoding(bytes).encoding).toBe("cp852");
    expect(decodeBytes(bytes, "cp852")).toContain("Csoportos átutalás jóváírása");
  });

  test("an XML declaration is believed when the bytes are not UTF-8", () => {
    const bytes = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><a>Gr\xfc\xdfe</a>');
    expect(detectEncoding(bytes).encoding).toBe("iso-8859-1");
  });

  test("UTF-8 with one damaged byte stays UTF-8 (flagged as uncertain)", () => {
    const good = new TextEncoder().encode("交易时间,交易对方,金额\n2024-01-01,上海某某有限公司,1.00\n");
    const bytes = Uint8Array.from([...good, 0xff, 0x0a]);
    expect(detectEncoding(bytes)).toMatchObject({ encoding: "utf-8", confident: false });
  });
});
