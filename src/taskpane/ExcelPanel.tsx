// Inside Excel: the reconcile actions run through the Office.js adapter (wired by the bootstrap).
import type { ReactElement } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { HostInfo } from "./host-info";
import type { Strings } from "./i18n";

export interface ExcelPanelProps {
  host: HostInfo;
  t: Strings;
}

export function ExcelPanel({ host, t }: ExcelPanelProps): ReactElement {
  return (
    <section data-testid="excel-panel">
      <MessageBar intent={host.excelApi19 === false ? "error" : "success"}>
        <MessageBarBody>
          {t.excelBanner} ({host.platform ?? "?"}) · {host.excelApi19 === false ? t.apiMissing : t.apiSupported}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
