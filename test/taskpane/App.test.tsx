/** @jest-environment jsdom */
// The pane renders in both worlds from plain host data (the bootstrap is the only Office.js user).
import { render, screen, fireEvent } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { pickLang } from "../../src/taskpane/i18n";
import { handleRequest } from "../../src/taskpane/worker-handler";

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

  test("the worker answers a ping", async () => {
    await expect(handleRequest({ id: 7, type: "ping" })).resolves.toEqual({ id: 7, type: "pong" });
  });
});
