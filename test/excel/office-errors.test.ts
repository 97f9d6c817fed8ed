// Office errors become coded, explained errors in both languages.
import { toWorkbookError } from "../../src/excel/office-errors";
import { HostError } from "../support/office-host";

describe("Office errors at the adapter edge", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "cell-edit-mode", /Enter or Esc/, /编辑/],
    ["ItemNotFound", "sheet-missing", /“Payments” was not found/, /找不到工作表“Payments”/],
    ["RequestPayloadSizeLimitExceeded", "payload-too-large", /too large/, /过大/],
    ["AccessDenied", "sheet-protected", /“Payments” is protected/, /受保护/],
    ["GeneralException", "host-error", /GeneralException/, /宿主/],
  ])("%s → %s", (officeCode, code, en, zh) => {
    const err = toWorkbookError(new HostError(officeCode, "boom"), "Payments");
    expect(err.code).toBe(code);
    expect(err.messageIn("en")).toMatch(en);
    expect(err.messageIn("zh-CN")).toMatch(zh);
  });
});
