/** @jest-environment jsdom */
// The pane renders in both worlds from plain host data (the bootstrap is the only Office.js user).
import { render, screen, fireEvent } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { pickLang } from "../../src/taskpane/i18n";
import { handleRequest } from "../../src/taskpane/worker-handler";
import type { ExcelActions } from "../../src/taskpane/excel-actions";
import type { PreviewSummary } from "../../src/taskpane/summary";

const summary: PreviewSummary = {
  source: "",
  sheets: { settlements: "结算单", payments: "收款" },
  counts: { auto: 1, suggested: 0, ambiguous: 1, manual: 0, settlements: 3, payments: 2, open: 1, unapplied: 0, exceptions: 0, problems: 1 },
  totals: { allocated: "12800.00", open: "1200.00", unapplied: "0.00" },
  groups: [
    { id: "G0001", status: "auto", rule: "reference", confidence: 0.99, customer: "甲", settlements: "INV-1", payments: "2", amount: "12800.00", difference: "0.00", explanation: "Reference INV-1 found in the memo" },
    { id: "G0002", status: "ambiguous", rule: "exact-amount", confidence: 0.5, customer: "乙", settlements: "INV-8", payments: "3", amount: "1200.00", difference: "0.00", explanation: "2 equally good matches" },
  ],
  problems: [{ where: "结算单!E13", message: "Amount “12,3O0.00” cannot be read as a number." }],
};

describe("task pane", () => {
  test("standalone mode says it runs outside Excel and offers to open a workbook", () => {
    render(<App host={{ mode: "standalone", lang: "en", dark: false }} />);
    expect(screen.getByTestId("settle-app").getAttribute("data-mode")).toBe("standalone");
    expect(screen.getByText(/Running outside Excel/)).toBeTruthy();
    expect(screen.getByText("Open the sample workbook")).toBeTruthy();
  });

  test("inside Excel it shows the host and the requirement-set check, in Chinese when Office is zh-CN", () => {
    render(<App host={{ mode: "excel", lang: "zh-CN", dark: false, platform: "PC", excelApi19: true }} />);
    expect(screen.getByTestId("settle-app").getAttribute("data-mode")).toBe("excel");
    expect(screen.getByText(/已连接 Excel/)).toBeTruthy();
    expect(screen.getByText(/支持 ExcelApi 1.9/)).toBeTruthy();
  });

  test("an Excel without ExcelApi 1.9 is told to update", () => {
    render(<App host={{ mode: "excel", lang: "en", dark: true, platform: "Mac", excelApi19: false }} />);
    expect(screen.getByText(/lacks ExcelApi 1.9/)).toBeTruthy();
  });

  test("the language switch flips the UI between English and Chinese", () => {
    render(<App host={{ mode: "standalone", lang: "en", dark: false }} />);
    fireEvent.click(screen.getByText("中文"));
    expect(screen.getByText(/当前未在 Excel 中运行/)).toBeTruthy();
  });

  test("the UI language follows the Office / browser locale", () => {
    expect(pickLang("zh-CN")).toBe("zh-CN");
    expect(pickLang("zh-Hans-CN")).toBe("zh-CN");
    expect(pickLang("en-GB")).toBe("en");
    expect(pickLang(undefined)).toBe("en");
  });

  test("inside Excel: preview shows each match with its reason, apply reports the tabs written", async () => {
    const calls: string[] = [];
    const actions: ExcelActions = {
      preview: async (lang) => {
        calls.push(`preview:${lang}`);
        return summary;
      },
      apply: async (time) => {
        calls.push(`apply:${time}`);
        return { tabs: ["Matches", "Unmatched"] };
      },
    };
    render(<App host={{ mode: "excel", lang: "en", dark: false, platform: "PC", excelApi19: true }} services={{ excel: actions, now: () => "2024-11-01T09:00:00Z" }} />);
    fireEvent.click(screen.getByText("Preview reconciliation"));
    expect(await screen.findByText("Reference INV-1 found in the memo")).toBeTruthy();
    expect(screen.getByText("2 equally good matches")).toBeTruthy();
    expect(screen.getByText(/cannot be read as a number/)).toBeTruthy();
    fireEvent.click(screen.getByText("Apply: write the result tabs"));
    expect(await screen.findByText(/Written: Matches, Unmatched/)).toBeTruthy();
    expect(calls).toEqual(["preview:en", "apply:2024-11-01T09:00:00Z"]);
  });

  test("an Office error reaches the user as a message, not a console line", async () => {
    const actions: ExcelActions = {
      preview: async () => {
        throw new Error("Excel is in cell-edit mode. Press Enter or Esc, then try again.");
      },
      apply: async () => ({ tabs: [] }),
    };
    render(<App host={{ mode: "excel", lang: "en", dark: false, excelApi19: true }} services={{ excel: actions }} />);
    fireEvent.click(screen.getByText("Preview reconciliation"));
    expect(await screen.findByText(/cell-edit mode/)).toBeTruthy();
  });

  test("the worker answers a ping", async () => {
    await expect(handleRequest({ id: 7, type: "ping" })).resolves.toEqual({ id: 7, type: "pong" });
  });
});
