// Inside Excel: preview the reconciliation of this workbook, then write the result tabs.
import { useState, type ReactElement } from "react";
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { Lang } from "../core/problems";
import type { ExcelActions } from "./excel-actions";
import type { HostInfo } from "./host-info";
import type { Strings } from "./i18n";
import { ResultsView } from "./ResultsView";
import type { PreviewSummary } from "./summary";
import { useTask } from "./use-task";

export interface ExcelPanelProps {
  host: HostInfo;
  t: Strings;
  lang: Lang;
  actions?: ExcelActions;
  now: () => string;
}

export function ExcelPanel({ host, t, lang, actions, now }: ExcelPanelProps): ReactElement {
  const { busy, error, run } = useTask();
  const [summary, setSummary] = useState<PreviewSummary | undefined>();
  const [written, setWritten] = useState<string[] | undefined>();
  const usable = host.excelApi19 !== false && actions !== undefined;

  return (
    <section data-testid="excel-panel" style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <MessageBar intent={host.excelApi19 === false ? "error" : "success"}>
        <MessageBarBody>
          {t.excelBanner} ({host.platform ?? "?"}) · {host.excelApi19 === false ? t.apiMissing : t.apiSupported}
        </MessageBarBody>
      </MessageBar>
      <Button
        appearance="primary"
        disabled={!usable || busy}
        onClick={() => void run(async () => {
          setWritten(undefined);
          setSummary(await actions!.preview(lang));
        })}
      >
        {t.preview}
      </Button>
      {summary && (
        <Button
          disabled={busy}
          onClick={() => void run(async () => setWritten((await actions!.apply(now(), "Excel")).tabs))}
        >
          {t.apply}
        </Button>
      )}
      {busy && <Spinner label={t.working} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {written && (
        <MessageBar intent="success" data-testid="applied">
          <MessageBarBody>
            {t.applied}: {written.join(", ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {summary && <ResultsView summary={summary} t={t} />}
    </section>
  );
}
