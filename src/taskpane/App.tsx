// The pane's root: Fluent UI v9 provider with the Office theme, a header, and the panel for the
// mode the pane runs in. It receives everything as props and never touches Office.js itself.
import { useState, type ReactElement } from "react";
import { FluentProvider, webDarkTheme, webLightTheme, Title3, Caption1, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { HostInfo } from "./host-info";
import { strings, type UiLang } from "./i18n";
import { ExcelPanel } from "./ExcelPanel";
import { StandalonePanel } from "./StandalonePanel";

const useStyles = makeStyles({
  root: { minHeight: "100%", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, boxSizing: "border-box" },
  header: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
});

export interface AppProps {
  host: HostInfo;
}

export function App({ host }: AppProps): ReactElement {
  const [lang, setLang] = useState<UiLang>(host.lang);
  const t = strings(lang);
  const styles = useStyles();
  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} style={{ height: "100%" }}>
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
        {host.mode === "excel" ? <ExcelPanel host={host} t={t} /> : <StandalonePanel t={t} />}
      </main>
    </FluentProvider>
  );
}
