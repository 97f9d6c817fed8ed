// In a plain browser: the user opens an .xlsx file (or the bundled sample) and Settle works on it
// in a Web Worker, with the same use-cases the `settle` command runs. The result is a new file to
// download; the user's own file is never changed.
import { useEffect, useRef, useState, type ChangeEvent, type ReactElement } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Body1, Link } from "@fluentui/react-components";
import type { Lang } from "../core/problems";
import type { Strings } from "./i18n";
import { ResultsView } from "./ResultsView";
import type { PreviewSummary } from "./summary";
import { useTask } from "./use-task";
import type { WorkerClient } from "./worker-client";

export const SAMPLE_URL = "assets/sample-settlements.xlsx";

export interface StandalonePanelProps {
  t: Strings;
  lang: Lang;
  worker: WorkerClient;
  now: () => string;
  /** Open the bundled sample workbook at start (what `npm start` shows outside Excel). */
  autoOpenSample?: boolean;
}

export function StandalonePanel({ t, lang, worker, now, autoOpenSample = false }: StandalonePanelProps): ReactElement {
  const { busy, error, run } = useTask();
  const [summary, setSummary] = useState<PreviewSummary | undefined>();
  const [download, setDownload] = useState<{ url: string; name: string; tabs: string[] } | undefined>();
  const opened = useRef(false);

  async function open(name: string, load: () => Promise<ArrayBuffer>): Promise<void> {
    await run(async () => {
      setDownload(undefined);
      const bytes = await load();
      const res = await worker.request({ type: "preview", bytes, fileName: name, lang }, [bytes]);
      if (res.type === "error") throw new Error(res.message);
      if (res.type === "preview") setSummary(res.summary);
    });
  }

  const openSample = (): Promise<void> =>
    open("sample-settlements.xlsx", async () => {
      const res = await fetch(SAMPLE_URL);
      if (!res.ok) throw new Error(`${SAMPLE_URL}: HTTP ${res.status}`);
      return res.arrayBuffer();
    });

  useEffect(() => {
    if (autoOpenSample && !opened.current) {
      opened.current = true;
      void openSample();
    }
    // Opens once at start; later opens come from the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoOpenSample]);

  function onFile(event: ChangeEvent<HTMLInputElement>): void {
    const picked = event.target.files?.[0];
    if (picked) void open(picked.name, () => picked.arrayBuffer());
  }

  async function apply(): Promise<void> {
    await run(async () => {
      const res = await worker.request({ type: "apply", time: now(), user: "browser" });
      if (res.type === "error") throw new Error(res.message);
      if (res.type !== "applied") return;
      if (download) URL.revokeObjectURL(download.url);
      const blob = new Blob([res.bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
      setDownload({ url: URL.createObjectURL(blob), name: res.fileName, tabs: res.tabs });
    });
  }

  return (
    <section data-testid="standalone-panel" style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <MessageBar intent="info">
        <MessageBarBody>{t.standaloneBanner}</MessageBarBody>
      </MessageBar>
      <label>
        <Body1>{t.openFile}</Body1> <input type="file" accept=".xlsx" onChange={onFile} data-testid="file-input" />
      </label>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button onClick={() => void openSample()} disabled={busy}>
          {t.openSample}
        </Button>
        {summary && (
          <Button appearance="primary" onClick={() => void apply()} disabled={busy}>
            {t.applyDownload}
          </Button>
        )}
      </div>
      {busy && <Spinner label={t.working} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t.error}: {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {download && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t.applied}: {download.tabs.join(", ")} ·{" "}
            <Link href={download.url} download={download.name} data-testid="download">
              {t.download} {download.name}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {summary && (
        <>
          <Body1 data-testid="file-loaded">
            {t.fileLoaded}: {summary.source}
          </Body1>
          <ResultsView summary={summary} t={t} />
        </>
      )}
    </section>
  );
}
