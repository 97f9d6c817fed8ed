// How values leave the app for a workbook, the same through both adapters.
import { cellFormatFor, cellValueFor } from "../../src/app/cells";
import { WorkbookError } from "../../src/app/errors";
import { sha256Hex } from "../../src/app/sha256";
import { parseState } from "../../src/app/state";

describe("cell values by column kind", () => {
  it("writes amounts as exact numbers, and as text when a double cannot hold them", () => {
    expect(cellValueFor("money", "1234.50")).toBe(1234.5);
    expect(cellValueFor("money", "-0.10")).toBe(-0.1);
    expect(cellValueFor("money", "12345678901234.56")).toBe("12345678901234.56");
    expect(cellFormatFor("money", "12345678901234.56")).toBe("@");
  });

  it("writes dates as serials, and text that looks like a formula as text", () => {
    expect(cellValueFor("date", "2024-10-17")).toBe(45582);
    expect(cellValueFor("date", "1900-03-01")).toBe(61);
    expect(cellValueFor("text", "=1+1")).toBe("=1+1");
    expect(cellFormatFor("text", "=1+1")).toBe("@");
    expect(cellFormatFor("integer", "-x")).toBe("@");
    expect(cellValueFor("text", "")).toBeNull();
  });
});

describe("sha256", () => {
  it("matches the published test vectors", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });
});

describe("add-in state", () => {
  it("refuses a state written by a newer Settle, and unreadable JSON, with a coded error", () => {
    expect(() => parseState('{"version": 99}')).toThrow(WorkbookError);
    expect(() => parseState("{oops")).toThrow(/cannot be read/);
    expect(parseState('{"version":1,"aliases":[]}')).toMatchObject({ version: 1, pinned: [], highlights: [] });
  });
});
