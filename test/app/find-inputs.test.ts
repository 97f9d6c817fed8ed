// Which sheets are the inputs: the user's choice, then the saved mapping, then the best header.
import ExcelJS from "exceljs";
import { findInputSheets } from "../../src/app/find-inputs";
import { emptyState } from "../../src/app/state";
import { XlsxPort } from "../../src/xlsx/xlsx-port";
import { fixedReaders } from "./fixed-readers";

function book(): XlsxPort {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").addRow(["just notes"]);
  wb.addWorksheet("Bank").addRow(["交易日期", "付款方", "金额"]);
  wb.addWorksheet("Invoices").addRow(["发票号", "客户名称", "金额"]);
  wb.addWorksheet("Invoices 2023").addRow(["发票号", "客户名称", "金额"]);
  wb.addWorksheet("Matches").addRow(["发票号"]); // a Settle output tab is never an input
  return new XlsxPort(wb);
}

describe("finding the input sheets", () => {
  it("takes the best header match, earlier sheet first on a tie", async () => {
    expect(await findInputSheets(book(), fixedReaders, emptyState(), {}, "en")).toEqual({ settlements: "Invoices", payments: "Bank" });
  });

  it("prefers the mapping saved in the workbook, and the user's choice over both", async () => {
    const state = { ...emptyState(), mapping: { settlements: { sheet: "Invoices 2023", columns: {} } } };
    expect(await findInputSheets(book(), fixedReaders, state, {}, "en")).toEqual({ settlements: "Invoices 2023", payments: "Bank" });
    expect(await findInputSheets(book(), fixedReaders, state, { settlements: "Invoices" }, "en")).toMatchObject({ settlements: "Invoices" });
  });

  it("says which input it could not find, in the user's language", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Invoices").addRow(["发票号"]);
    const err = await findInputSheets(new XlsxPort(wb), fixedReaders, emptyState(), {}, "zh-CN").catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "input-not-found", messageZh: "未能根据表头找到收款工作表，请在任务窗格中选择工作表（命令行可用 --settlements / --payments 指定）。" });
    await expect(findInputSheets(new XlsxPort(wb), fixedReaders, emptyState(), { payments: "Nope" }, "en")).rejects.toMatchObject({
      code: "sheet-missing",
    });
  });
});
