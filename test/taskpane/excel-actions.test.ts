// The pane's Excel actions on the in-memory Office host: preview reads and explains, apply writes
// the tabs in one Excel.run, and a preview whose sources changed is refused.
import { createExcelActions } from "../../src/taskpane/excel-actions";
import { OfficeHost } from "../support/office-host";

function seed(host: OfficeHost): void {
  host.addSheet("结算单", [
    ["发票号", "客户名称", "到期日", "金额"],
    ["INV-1", "上海星辰贸易有限公司", "2024-10-01", 12800],
    ["INV-2", "北京华联商贸有限公司", "2024-10-03", 5600],
  ]);
  host.addSheet("收款", [
    ["交易日期", "付款方", "金额", "摘要"],
    ["2024-09-28", "上海星辰贸易有限公司", 12800, "货款 INV-1"],
    ["2024-10-02", "北京华联商贸", 5600, '=HYPERLINK("http://x","y")'],
  ]);
}

describe("Excel actions", () => {
  test("preview then apply: matches explained, result tabs written", async () => {
    const host = new OfficeHost();
    seed(host);
    const actions = createExcelActions({ run: host.run });
    const summary = await actions.preview("zh-CN");
    expect(summary.counts.auto).toBe(2);
    expect(summary.groups.map((g) => g.settlements)).toEqual(["INV-1", "INV-2"]);
    expect(summary.groups[1]?.explanation).toContain("北京华联商贸");
    const { tabs } = await actions.apply("2024-11-01T09:00:00Z", "会计");
    expect(tabs).toEqual(expect.arrayContaining(["对账结果", "未达账项", "异常", "操作日志"]));
    expect(host.runs).toBe(2);
    expect(host.data.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["对账结果", "操作日志"]));
  });

  test("apply refuses when a source sheet changed after the preview", async () => {
    const host = new OfficeHost();
    seed(host);
    const actions = createExcelActions({ run: host.run });
    await actions.preview("en");
    const sheet = host.data.sheets.find((s) => s.name === "收款")!;
    sheet.values[1]![2] = 12801;
    await expect(actions.apply("2024-11-01T09:00:00Z", "x")).rejects.toThrow(/changed/i);
  });

  test("apply before any preview says to preview first", async () => {
    const actions = createExcelActions({ run: new OfficeHost().run });
    await expect(actions.apply("2024-11-01T09:00:00Z", "x")).rejects.toThrow(/Preview first/);
  });
});
