// Browser stand-in for office.js in the e2e test: an Excel host (Excel on the web, zh-CN) whose
// Excel.run is the in-memory Office host of test/support, seeded with a settlement and a payment
// sheet. It keeps Office's rules (load before read, 5 MB requests, '=' becomes a formula), so the
// pane's real Office.js adapter runs against it in Chromium. Bundled by run.mjs with esbuild.
import { OfficeHost } from "../support/office-host";

const host = new OfficeHost();
host.addSheet("结算单", [
  ["2024年10月 应收明细", null, null, null, null],
  ["发票号", "客户名称", "开票日期", "到期日", "金额"],
  ["INV-2024-101", "上海星辰贸易有限公司", "2024-09-01", "2024-10-01", 12800],
  ["INV-2024-102", "北京华联商贸有限公司", "2024-09-03", "2024-10-03", 5600],
  ["INV-2024-103", "武汉长江机械有限公司", "2024-09-20", "2024-10-20", 7777],
]);
host.addSheet("收款", [
  ["交易日期", "付款方", "金额", "摘要", "交易流水号"],
  ["2024-09-28", "上海星辰贸易有限公司", 12800, "货款 INV-2024-101", "T1"],
  ["2024-10-02", "北京华联商贸", 5600, '=HYPERLINK("http://x","y")', "T2"],
]);

const w = window as unknown as Record<string, unknown>;
w.__settleHost = host;
w.Excel = { run: host.run };
const info = { host: "Excel", platform: "OfficeOnline" };
w.Office = {
  HostType: { Excel: "Excel" },
  onReady: (cb?: (i: typeof info) => void) => {
    cb?.(info);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: "zh-CN",
    officeTheme: { bodyBackgroundColor: "#ffffff" },
    requirements: {
      // Excel on the web today: ExcelApi up to 1.17. Versions compare part by part ("1.9" < "1.17").
      isSetSupported: (name: string, version = "1.1") => {
        const [major = 1, minor = 0] = version.split(".").map(Number);
        return name === "ExcelApi" && (major < 1 || (major === 1 && minor <= 17));
      },
    },
  },
};
