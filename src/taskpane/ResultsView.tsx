// The preview a user checks before anything is written: counts, totals, each match with its
// reason, and the cells that could not be read.
import type { ReactElement } from "react";
import { Badge, Body1, Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { Strings } from "./i18n";
import { LIST_LIMIT, type PreviewSummary } from "./summary";

const useStyles = makeStyles({
  cards: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))", gap: tokens.spacingHorizontalS },
  card: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  figure: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  why: { fontSize: tokens.fontSizeBase200 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const STATUS_COLOR = { auto: "success", suggested: "warning", ambiguous: "danger", manual: "brand" } as const;

export function ResultsView({ summary, t }: { summary: PreviewSummary; t: Strings }): ReactElement {
  const styles = useStyles();
  const { counts } = summary;
  const cards: [string, string | number][] = [
    [t.auto, counts.auto],
    [t.suggested, counts.suggested],
    [t.ambiguous, counts.ambiguous],
    [t.open, counts.open],
    [t.unapplied, counts.unapplied],
    [t.exceptions, counts.exceptions],
    [t.problems, counts.problems],
    [t.allocated, summary.totals.allocated],
  ];
  return (
    <section className={styles.section} data-testid="results">
      <Caption1>{t.sheetsUsed.replace("{s}", summary.sheets.settlements).replace("{p}", summary.sheets.payments)}</Caption1>
      <div className={styles.cards}>
        {cards.map(([label, value]) => (
          <div key={label} className={styles.card}>
            <div className={styles.figure}>{value}</div>
            <Caption1>{label}</Caption1>
          </div>
        ))}
      </div>
      {summary.groups.length === 0 ? (
        <Body1>{t.nothingToShow}</Body1>
      ) : (
        <Table size="small" aria-label={t.colWhy}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.colStatus}</TableHeaderCell>
              <TableHeaderCell>{t.colSettlements}</TableHeaderCell>
              <TableHeaderCell>{t.colAmount}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {summary.groups.map((g) => (
              <TableRow key={g.id} data-testid="match-row">
                <TableCell>
                  <Badge appearance="tint" color={STATUS_COLOR[g.status]}>
                    {t[g.status]}
                  </Badge>
                </TableCell>
                <TableCell>
                  <div>{g.settlements}</div>
                  <div className={styles.why}>{g.explanation}</div>
                </TableCell>
                <TableCell>{g.amount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {counts.auto + counts.suggested + counts.ambiguous + counts.manual > LIST_LIMIT && <Caption1>{t.moreInTabs.replace("{n}", String(LIST_LIMIT))}</Caption1>}
      {summary.problems.length > 0 && (
        <div data-testid="problems">
          <Subtitle2>{t.problems}</Subtitle2>
          <ul>
            {summary.problems.map((p, i) => (
              <li key={i}>
                <b>{p.where}</b> {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
