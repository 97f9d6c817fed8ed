// Office errors become coded WorkbookErrors at the adapter edge (DESIGN.md §6), never a console line.
import { WorkbookError } from "../app/errors";

/** The `code` of an OfficeExtension.Error, when the thrown value has one. */
export function officeErrorCode(err: unknown): string | undefined {
  if (typeof err === "object" && err !== null && "code" in err && typeof (err as { code: unknown }).code === "string") {
    return (err as { code: string }).code;
  }
  return undefined;
}

/**
 * Maps what Office threw to a coded error. `subject` names the sheet the batch was about, so the
 * message can say which one is missing or protected.
 */
export function toWorkbookError(err: unknown, subject = ""): WorkbookError {
  if (err instanceof WorkbookError) return err;
  const code = officeErrorCode(err);
  const text = err instanceof Error ? err.message : String(err);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new WorkbookError("cell-edit-mode");
    case "ItemNotFound":
      return new WorkbookError("sheet-missing", subject || text);
    case "RequestPayloadSizeLimitExceeded":
    case "PayloadTooLarge":
      return new WorkbookError("payload-too-large", text);
    case "AccessDenied":
      return new WorkbookError("sheet-protected", subject || text);
    default:
      return new WorkbookError("host-error", code ? `${code}: ${text}` : text);
  }
}
