import { parseLine61 } from "../../../src/import/mt940/field-61";

const amount = (raw: string): string | undefined => parseLine61(raw)?.amount.toFixed(2);

describe(":61: statement line", () => {
  test("a letter after C/D is the funds code, not a reversal", () => {
    expect(parseLine61("1003190319CR27,00NTRF100323//32-P1")).toMatchObject({ mark: "C", credit: true, reversal: false });
    expect(parseLine61("240312    DD212,39NMSCNONREF//")).toMatchObject({ mark: "D", credit: false, reversal: false });
    expect(parseLine61("2011301130CN220000,00//19239782213")).toMatchObject({ mark: "C", bankRef: "19239782213" });
  });

  test("RC is a reversed credit (money out), RD a reversed debit (money in)", () => {
    expect(parseLine61("2403020302RC50,00NTRFNONREF")).toMatchObject({ credit: false, reversal: true });
    expect(parseLine61("2403020302RD50,00NTRFNONREF")).toMatchObject({ credit: true, reversal: true });
  });

  test("amounts: '9,', '500' without comma, zero padding, one decimal", () => {
    expect(amount("1105240524D9,N192NONREF")).toBe("9.00");
    expect(amount("1407290729C500NTRF29-07-2014 10:05//B4G29")).toBe("500.00");
    expect(amount("140102C000000000400,00N541NONREF")).toBe("400.00");
    expect(amount("1105220523D11,8N426NONREF")).toBe("11.80");
  });

  test("the entry date takes its year from the value date, across a year end", () => {
    expect(parseLine61("2312310102C1,00NTRFNONREF")).toMatchObject({ valueDate: "2023-12-31", entryDate: "2024-01-02" });
    expect(parseLine61("2401011231C1,00NTRFNONREF")).toMatchObject({ valueDate: "2024-01-01", entryDate: "2023-12-31" });
  });

  test("an impossible value date is kept as written, the entry date still reads", () => {
    const l = parseLine61("1602300301DR6,00N024NONREF");
    expect(l).toMatchObject({ valueDateRaw: "160230", entryDate: "2016-03-01" });
    expect(l?.valueDate).toBeUndefined();
  });

  test("customer and bank references", () => {
    expect(parseLine61("1203290329DD20000,00NTRF1004688128      //6128522200250001")).toMatchObject({
      customerRef: "1004688128",
      bankRef: "6128522200250001",
      typeCode: "NTRF",
    });
  });

  test("a line that is not a :61: gives undefined", () => {
    expect(parseLine61("hello")).toBeUndefined();
  });
});
