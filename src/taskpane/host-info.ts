// What the bootstrap learned about where the pane runs; the React tree only sees this plain data.
import type { UiLang } from "./i18n";

export interface HostInfo {
  /** "excel" inside an Office host, "standalone" in a plain browser. */
  mode: "excel" | "standalone";
  lang: UiLang;
  /** Office theme is dark (from Office.context.officeTheme), or the browser prefers dark. */
  dark: boolean;
  /** Office platform ("PC", "OfficeOnline", "Mac" …) when inside Excel. */
  platform?: string;
  /** Whether the host supports ExcelApi 1.9, checked once at start-up. */
  excelApi19?: boolean;
}
