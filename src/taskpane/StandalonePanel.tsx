// In a plain browser: the user opens an .xlsx file (or the bundled sample) and Settle works on it
// in a Web Worker, with the same pipeline the `settle` command runs.
import { useState, type ChangeEvent, type ReactElement } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Body1 } from "@fluentui/react-components";
import type { Strings } from "./i18n";

export interface StandalonePanelProps {
  t: Strings;
}

interface LoadedFile {
  name: string;
  size: number;
}

export function StandalonePanel({ t }: StandalonePanelProps): ReactElement {
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<LoadedFile | undefined>();
  const [error, setError] = useState<string | undefined>();

  async function open(name: string, load: () => Promise<ArrayBuffer>): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      const bytes = await load();
      setFile({ name, size: bytes.byteLength });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  function onFile(event: ChangeEvent<HTMLInputElement>): void {
    const picked = event.target.files?.[0];
    if (picked) void open(picked.name, () => picked.arrayBuffer());
  }

  function onSample(): void {
    void open("sample-settlements.xlsx", async () => {
      const res = await fetch("assets/sample-settlements.xlsx");
      if (!res.ok) throw new Error(`assets/sample-settlements.xlsx: HTTP ${res.status}`);
      return res.arrayBuffer();
    });
  }

  return (
    <section data-testid="standalone-panel" style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <MessageBar intent="info">
        <MessageBarBody>{t.standaloneBanner}</MessageBarBody>
      </MessageBar>
      <label>
        <Body1>{t.openFile}</Body1>{" "}
        <input type="file" accept=".xlsx" onChange={onFile} data-testid="file-input" />
      </label>
      <Button appearance="primary" onClick={onSample} disabled={busy}>
        {t.openSample}
      </Button>
      {busy && <Spinner label={t.working} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t.error}: {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {file && (
        <Body1 data-testid="file-loaded">
          {t.fileLoaded}: {file.name} ({file.size.toLocaleString()} B)
        </Body1>
      )}
    </section>
  );
}
