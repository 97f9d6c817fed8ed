// The pane's root: Fluent UI v9 provider with the Office theme, a header, and the panel for the
// mode the pane runs in. It receives everything as props and never touches Office.js itself.
import { useMemo, useState, type ReactElement } from "react";
import { FluentProvider, webDarkTheme, webLightTheme, Title3, Caption1, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelActions } from "./excel-actions";
import type { HostInfo } from "./host-info";
import { strings, type UiLang } from "./i18n";
import { ExcelPanel } from "./ExcelPanel";
import { StandalonePanel } from "./StandalonePanel";
import { createWorkerClient, type WorkerClient } from "./worker-client";

const useStyles = makeStyles({
  root: { minHeight: "100%", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, boxSizing: "border-box" },
  header: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
});

/** What the pane works with; the bootstrap builds the real ones, tests pass their own. */
export interface PaneServices {
  /** Standalone mode: the worker that reads and reconciles .xlsx files. */
  worker?: WorkerClient;
  /** Excel mode: the Office.js actions. */
  excel?: ExcelActions;
  /** The moment recorded in the Settle Log (ISO); the pane's only clock. */
  now?: () => string;
  autoOpenSample?: boolean;
}

export interface AppProps {
  host: HostInfo;
  services?: PaneServices;
}

const isoNow = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

export function App({ host, services = {} }: AppProps): ReactElement {
  const [lang, setLang] = useState<UiLang>(host.lang);
  const t = strings(lang);
  const styles = useStyles();
  const worker = useMemo(() => services.worker ?? (host.mode === "standalone" ? createWorkerClient() : undefined), [services.worker, host.mode]);
  const now = services.now ?? isoNow;
  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
      <main className={styles.root} data-testid="settle-app" data-mode={host.mode} lang={lang}>
        <header className={styles.header}>
          <div>
            <Title3 as="h1">{t.title}</Title3>
            <br />
            <Caption1>{t.tagline}</Caption1>
          </div>
          <Button appearance="subtle" size="small" onClick={() => setLang(lang === "en" ? "zh-CN" : "en")}>
            {t.language}
          </Button>
        </header>
        <Caption1>{t.sourceUnchanged}</Caption1>
        {host.mode === "excel" ? (
          <ExcelPanel host={host} t={t} lang={lang} actions={services.excel} now={now} />
        ) : (
          <StandalonePanel t={t} lang={lang} worker={worker!} now={now} autoOpenSample={services.autoOpenSample ?? false} />
        )}
      </main>
    </FluentProvider>
  );
}
