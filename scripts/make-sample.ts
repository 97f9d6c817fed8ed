// Builds assets/sample-settlements.xlsx: a small workbook that shows every case Settle handles
// (README, standalone pane and tests use it). Run: npx tsx scripts/make-sample.ts
// Deterministic: same script, same bytes.
import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { saveXlsx } from "../src/xlsx/xlsx-file";

type Row = (string | number | Date | null | { formula: string; result: string })[];

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Settlements (结算单): 发票号, 客户名称, 开票日期, 到期日, 金额, 币种, 备注. */
const settlements: Row[] = [
  ["INV-2024-001", "上海星辰贸易有限公司", d("2024-09-01"), d("2024-10-01"), 12800, "CNY", "reference in the memo"],
  ["INV-2024-002", "北京华联商贸有限公司", d("2024-09-03"), d("2024-10-03"), 5600, "CNY", "payer writes a shorter name"],
  ["INV-2024-003", "广州南方电子有限公司", d("2024-09-05"), d("2024-10-05"), 3000, "CNY", "paid together with 004"],
  ["INV-2024-004", "广州南方电子有限公司", d("2024-09-06"), d("2024-10-06"), 4500, "CNY", "paid together with 003"],
  ["INV-2024-005", "深圳海岸科技有限公司", d("2024-09-08"), d("2024-10-08"), 20000, "CNY", "paid in two instalments"],
  ["INV-2024-006", "Acme Trading Co., Ltd.", d("2024-09-10"), d("2024-10-10"), 9980, "CNY", "bank fee deducted"],
  ["INV-2024-007", "杭州青山茶业有限公司", d("2024-09-12"), d("2024-10-12"), 2000, "CNY", "customer paid too much"],
  ["INV-2024-008", "成都蓝天物流有限公司", d("2024-09-15"), d("2024-10-15"), 1200, "CNY", "two equal invoices"],
  ["INV-2024-009", "成都蓝天物流有限公司", d("2024-09-15"), d("2024-10-15"), 1200, "CNY", "two equal invoices"],
  ["INV-2024-010", "南京金陵五金有限公司", d("2024-09-18"), d("2024-10-18"), 3333, "CNY", "payment imported twice"],
  ["INV-2024-011", "武汉长江机械有限公司", d("2024-09-20"), d("2024-10-20"), 7777, "CNY", "not paid yet"],
  ["INV-2024-012", "西安古城文化有限公司", d("2024-09-22"), d("2024-10-22"), "12,3O0.00", "CNY", "amount typed with a letter O"],
];

/** Payments (收款): 交易日期, 付款方, 金额, 摘要, 交易流水号, 状态. */
const payments: Row[] = [
  [d("2024-09-28"), "上海星辰贸易有限公司", 12800, "货款 INV-2024-001", "TXN0001", "成功"],
  [d("2024-10-02"), "北京华联商贸", 5600, "货款", "TXN0002", "成功"],
  [d("2024-10-04"), "广州南方电子有限公司", 7500, "九月货款", "TXN0003", "成功"],
  [d("2024-09-30"), "深圳海岸科技有限公司", 8000, "INV-2024-005 首期", "TXN0004", "成功"],
  [d("2024-10-08"), "深圳海岸科技有限公司", 12000, "INV-2024-005 尾款", "TXN0005", "成功"],
  [d("2024-10-09"), "ACME TRADING CO LTD", 9965, "PAYMENT INV-2024-006", "TXN0006", "成功"],
  [d("2024-10-11"), "杭州青山茶业有限公司", 2500, "INV-2024-007", "TXN0007", "成功"],
  [d("2024-10-14"), "成都蓝天物流有限公司", 1200, "运费", "TXN0008", "成功"],
  [d("2024-10-16"), "南京金陵五金有限公司", 3333, "INV-2024-010", "TXN0009", "成功"],
  [d("2024-10-16"), "南京金陵五金有限公司", 3333, "INV-2024-010", "TXN0009", "成功"],
  [d("2024-10-17"), "杭州青山茶业有限公司", -500, "退款 INV-2024-007", "TXN0010", "退款"],
  [d("2024-10-18"), "张三", 999, { formula: 'HYPERLINK("http://x","y")', result: "y" }, "TXN0011", "成功"],
];

function addSheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: Row[], dateCols: number[], amountCol: number): void {
  const ws = wb.addWorksheet(name);
  ws.addRow(header);
  // The user's own formatting, which Settle must leave exactly as it is.
  ws.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  });
  for (const row of rows) ws.addRow(row);
  for (const c of dateCols) ws.getColumn(c).numFmt = "yyyy-mm-dd";
  ws.getColumn(amountCol).numFmt = "#,##0.00";
  header.forEach((_, i) => (ws.getColumn(i + 1).width = i === 1 ? 26 : 16));
}

export async function makeSample(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, "Settlements", ["发票号", "客户名称", "开票日期", "到期日", "金额", "币种", "备注"], settlements, [3, 4], 5);
  addSheet(wb, "Payments", ["交易日期", "付款方", "金额", "摘要", "交易流水号", "状态"], payments, [1], 3);
  return saveXlsx(wb);
}

if (require.main === module) {
  void makeSample().then((bytes) => {
    const out = path.resolve(__dirname, "../assets/sample-settlements.xlsx");
    writeFileSync(out, bytes);
    console.log(`wrote ${out} (${bytes.length} bytes)`);
  });
}
