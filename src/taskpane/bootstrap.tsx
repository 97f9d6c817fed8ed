// The only task-pane file that talks to Office.js: it waits for Office.onReady once, reads the
// host, theme, language and requirement sets, then renders the React tree with plain data.
import { createRoot } from "react-dom/client";
import { App, type PaneServices } from "./App";
import { createExcelActions } from "./excel-actions";
import type { HostInfo } from "./host-info";
import { pickLang } from "./i18n";

/** How long to wait for office.js before assuming a plain browser (office.js failed to load). */
const OFFICE_READY_TIMEOUT_MS = 5000;

function isDark(background: string | undefined): boolean {
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return false;
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

export async function detectHost(): Promise<HostInfo> {
  const browserLang = pickLang(typeof navigator === "undefined" ? undefined : navigator.language);
  const browserDark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { mode: "standalone", lang: browserLang, dark: browserDark };
  }
  const info = await Promise.race([
    Office.onReady(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), OFFICE_READY_TIMEOUT_MS)),
  ]);
  if (!info || info.host !== Office.HostType.Excel) {
    return { mode: "standalone", lang: browserLang, dark: browserDark };
  }
  const theme = Office.context.officeTheme as { bodyBackgroundColor?: string } | undefined;
  return {
    mode: "excel",
    lang: pickLang(Office.context.displayLanguage),
    dark: isDark(theme?.bodyBackgroundColor),
    platform: String(info.platform ?? ""),
    excelApi19: Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
  };
}

export async function boot(container: HTMLElement): Promise<void> {
  const host = await detectHost();
  // Inside Excel the actions go through Excel.run; outside, the pane opens the bundled sample.
  const services: PaneServices = host.mode === "excel" ? { excel: createExcelActions() } : { autoOpenSample: true };
  createRoot(container).render(<App host={host} services={services} />);
}
