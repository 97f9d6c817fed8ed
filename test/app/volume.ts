// Generated settlement and payment sheets of any size, in the sample's columns, for volume tests
// and the pipeline benchmark. Deterministic: row i is always the same.
import type { CellValue } from "../../src/core/table/grid";

const CUSTOMERS = ["上海星辰贸易有限公司", "北京华联商贸有限公司", "Acme Trading Co., Ltd.", "深圳海岸科技有限公司", "杭州青山茶业有限公司"];

export function settlementRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [["发票号", "客户名称", "开票日期", "到期日", "金额", "币种", "备注"]];
  for (let i = 0; i < n; i++) {
    const day = 45292 + (i % 300);
    rows.push([`INV-${String(i + 1).padStart(7, "0")}`, CUSTOMERS[i % CUSTOMERS.length]!, day, day + 30, 100 + (i % 9973) + (i % 100) / 100, "CNY", i % 50 === 0 ? "加急" : null]);
  }
  return rows;
}

export function paymentRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [["交易日期", "付款方", "金额", "摘要", "交易流水号", "状态"]];
  for (let i = 0; i < n; i++) {
    const memo = i === 0 ? '=HYPERLINK("http://x","y")' : `货款 INV-${String(i + 1).padStart(7, "0")}`;
    rows.push([45300 + (i % 300), CUSTOMERS[i % CUSTOMERS.length]!, 100 + (i % 9973) + (i % 100) / 100, memo, `TXN${String(i + 1).padStart(8, "0")}`, "成功"]);
  }
  return rows;
}
