import { useMemo, useState } from "preact/hooks";
import { apiGet, apiUrl, useApi, useCached, useLoad } from "../api";
import { formatPct, formatPeriod, formatTarget, MEASURE_KEY, STATUS_KEY, withUnit } from "../format";
import { sectorName, useI18n } from "../i18n";
import { navigate, type Route, withQuery } from "../router";
import type { DocumentMeta, Fact, Indicator, StatusRow } from "../types";
import {
  ErrorBox,
  FactValue,
  KindBadge,
  LineLink,
  Loading,
  PageTitle,
  StatusBadge,
  useDocuments,
} from "../ui";

/** "All areas" in the URL (?area=*); no area parameter means the documents' own area. */
const ALL = "*";

const STATUS_ORDER = ["exceeded", "met", "not_met", "no_result", "no_target"] as const;

/** The periods the documents report on or plan for, and the last year of each term. */
export function periodOptions(docs: DocumentMeta[]): string[] {
  const set = new Set<string>();
  for (const d of docs) {
    for (const p of [d.period, d.plan_period]) {
      if (!p) continue;
      set.add(p);
      const span = /^\d{4}\/(\d{4})$/.exec(p);
      if (span) set.add(span[1]);
    }
  }
  return [...set].sort((a, b) => periodSortKey(b) - periodSortKey(a) || b.localeCompare(a));
}

/** Later periods first; a term sorts by its last year, just after that year itself. */
function periodSortKey(p: string): number {
  const years = p.match(/\d{4}/g);
  const end = years ? Number(years[years.length - 1]) : 0;
  return end * 10 + (p.includes("/") ? 0 : /-S1|-Q[12]/.test(p) ? 1 : 2);
}

/** The default: the latest plain year a document reports on, else the latest period. */
function defaultPeriod(docs: DocumentMeta[]): string {
  const years = docs.map((d) => d.period).filter((p) => /^\d{4}$/.test(p));
  if (years.length) return years.sort().reverse()[0];
  return periodOptions(docs)[0] ?? String(new Date().getFullYear());
}

/** The area most documents are about. */
function mainArea(docs: DocumentMeta[]): string {
  const counts = new Map<string, number>();
  for (const d of docs) if (d.area) counts.set(d.area, (counts.get(d.area) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

export function OverviewPage({ route }: { route: Route }) {
  const { t } = useI18n();
  const docs = useDocuments();
  if (docs.error) return <ErrorBox error={docs.error} />;
  if (!docs.data) return <Loading />;
  return (
    <>
      <PageTitle sub={t("overviewIntro")}>{t("overviewTitle")}</PageTitle>
      <Scorecard route={route} docs={docs.data.documents} />
      <AskBox />
    </>
  );
}

function Scorecard({ route, docs }: { route: Route; docs: DocumentMeta[] }) {
  const { t, lang } = useI18n();
  const periods = periodOptions(docs);
  const period = route.query.get("period") || defaultPeriod(docs);
  const areaParam = route.query.get("area");
  const showAll = route.query.get("all") === "1";
  const statusFilter = route.query.get("status") ?? "";
  const catalogue = useCached<{ indicators: Indicator[] }>("/api/indicators");

  const status = useLoad<{ rows: StatusRow[] }>(`${period}|${showAll}`, (signal) =>
    loadStatus(period, showAll, signal),
  );

  const set = (changes: Record<string, string | null>) => {
    const next: Record<string, string | null> = {
      period: route.query.get("period"),
      area: areaParam,
      all: route.query.get("all"),
      status: route.query.get("status"),
      ...changes,
    };
    navigate(withQuery("/", next), { replace: true });
  };

  const rows = status.data?.rows ?? [];
  // Areas of this period's rows, the most reported first.
  const areas = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.area, (counts.get(r.area) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([a]) => a);
  }, [rows]);
  const docArea = mainArea(docs);
  const area = areaParam === ALL ? "" : (areaParam ?? (areas.includes(docArea) ? docArea : ""));

  const byCode = new Map((catalogue.data?.indicators ?? []).map((i) => [i.code, i]));
  const inScope = rows.filter((r) => (!area || r.area === area) && (showAll || r.indicator.code !== null));
  const counts = new Map<string, number>();
  for (const r of inScope) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const shown = statusFilter ? inScope.filter((r) => r.status === statusFilter) : inScope;

  // Grouped by the catalogue's sector, in the catalogue's order (the rows come in it); rows
  // outside the catalogue come last.
  const groups = new Map<string, StatusRow[]>();
  for (const r of shown) {
    const sector = (r.indicator.code && byCode.get(r.indicator.code)?.sector) || t("sectorOther");
    const list = groups.get(sector) ?? [];
    list.push(r);
    groups.set(sector, list);
  }
  const other = t("sectorOther");
  const sectors = [...groups.keys()].sort((a, b) => Number(a === other) - Number(b === other));

  const reportHref = (format: "docx" | "md") => apiUrl("/api/report", { period, area, format });

  return (
    <section class="scorecard" data-testid="scorecard" aria-label={t("overviewTitle")}>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t("period")}
          <select
            name="period"
            data-testid="period-select"
            value={period}
            onChange={(e) => set({ period: (e.currentTarget as HTMLSelectElement).value })}
          >
            {(periods.includes(period) ? periods : [period, ...periods]).map((p) => (
              <option key={p} value={p}>
                {p === formatPeriod(p, lang) ? p : `${formatPeriod(p, lang)} (${p})`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("area")}
          <select
            name="area"
            data-testid="area-select"
            value={area || ALL}
            onChange={(e) => set({ area: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value={ALL}>{t("allAreas")}</option>
            {(area && !areas.includes(area) ? [area, ...areas] : areas).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={showAll}
            onChange={(e) => set({ all: (e.currentTarget as HTMLInputElement).checked ? "1" : null })}
          />
          {t("showAllRows")}
        </label>
        <span class="spacer" />
        <a class="button" href={reportHref("docx")} download data-testid="report-download">
          {t("downloadReport")}
        </a>
        <a class="button secondary" href={reportHref("md")} download>
          {t("downloadReportMd")}
        </a>
      </form>

      {status.error && <ErrorBox error={status.error} onRetry={status.reload} />}
      {status.loading && !status.data && <Loading />}
      {status.data && (
        <>
          <fieldset class="status-chips" aria-label={t("statusFilter")}>
            <button
              type="button"
              class={statusFilter === "" ? "chip active" : "chip"}
              onClick={() => set({ status: null })}
            >
              {t("all")} <span class="count">{inScope.length}</span>
            </button>
            {/* Only the statuses present (and the one chosen): no_target rows come with all=true only. */}
            {STATUS_ORDER.filter((s) => counts.get(s) || statusFilter === s).map((s) => (
              <button
                key={s}
                type="button"
                class={`chip status-${s}${statusFilter === s ? " active" : ""}`}
                aria-pressed={statusFilter === s}
                onClick={() => set({ status: statusFilter === s ? null : s })}
              >
                {t(STATUS_KEY[s])} <span class="count">{counts.get(s) ?? 0}</span>
              </button>
            ))}
            {status.loading && <span class="loading-inline">{t("loading")}</span>}
          </fieldset>
          {shown.length === 0 ? (
            <p class="empty">{t("noRows")}</p>
          ) : (
            <div class="table-wrap">
              <table class="status-table" data-testid="status-table">
                <thead>
                  <tr>
                    <th>{t("indicator")}</th>
                    {!area && <th>{t("area")}</th>}
                    <th>{t("period")}</th>
                    <th class="num">{t("target")}</th>
                    <th class="num">{t("result")}</th>
                    <th class="num">{t("pctOfTarget")}</th>
                    <th>{t("status")}</th>
                  </tr>
                </thead>
                {sectors.map((sector) => (
                  <tbody key={sector}>
                    <tr class="group">
                      <th colSpan={area ? 6 : 7}>{sectorName(sector, lang)}</th>
                    </tr>
                    {(groups.get(sector) ?? []).map((r) => (
                      <StatusTableRow
                        key={`${r.indicator.code}|${r.indicator.text}|${r.area}|${r.period}|${r.unit}`}
                        row={r}
                        indicator={r.indicator.code ? byCode.get(r.indicator.code) : undefined}
                        showArea={!area}
                      />
                    ))}
                  </tbody>
                ))}
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** Every row of a period at once: the scorecard groups and counts them itself. */
const STATUS_LIMIT = 5000;

/** GET /api/status for a period, every row, with the rows without a target when `all`. */
function loadStatus(period: string, all: boolean, signal: AbortSignal): Promise<{ rows: StatusRow[] }> {
  return apiGet<{ rows: StatusRow[] }>(
    "/api/status",
    { period, all: all ? "true" : undefined, limit: STATUS_LIMIT },
    signal,
  );
}

function StatusTableRow({
  row,
  indicator,
  showArea,
}: {
  row: StatusRow;
  indicator: Indicator | undefined;
  showArea: boolean;
}) {
  const { t, lang } = useI18n();
  // The catalogue's name (in English on the English side), with what the figure says of it when
  // that is not the indicator's own measure; else the row's name (the document's words, or the
  // clause of its figure when they are a fragment).
  const own = !indicator || indicator.name_vi === row.name;
  const name =
    indicator && lang === "en"
      ? own
        ? indicator.name_en
        : `${indicator.name_en} (${t(MEASURE_KEY[row.measure] ?? "measureLevel")})`
      : row.name;
  const target = row.target;
  return (
    <tr
      class={`status-row status-${row.status}`}
      data-status={row.status}
      data-indicator={row.indicator.code ?? ""}
    >
      <td class="indicator-cell">
        {row.indicator.code ? (
          <a href={`/chi-tieu/${encodeURIComponent(row.indicator.code)}`} class="indicator-link">
            {name}
          </a>
        ) : (
          <span>{name}</span>
        )}
        {indicator &&
          row.indicator.text &&
          row.indicator.text.toLocaleLowerCase("vi") !== name.toLocaleLowerCase("vi") && (
            <span class="as-written" title={row.indicator.text}>
              {row.indicator.text}
            </span>
          )}
      </td>
      {showArea && <td>{row.area}</td>}
      <td class="period">{formatPeriod(row.period, lang)}</td>
      <td class="num">
        {target ? (
          <>
            <a
              href={`/van-ban/${docIdOf(target)}#L${target.line}`}
              title={"derived" in target ? t("derivedTarget") : ""}
            >
              {withUnit(formatTarget(target, lang), target.unit)}
            </a>
            {"derived" in target && <span class="note">{t("derivedTarget")}</span>}
          </>
        ) : (
          <span class="muted">—</span>
        )}
      </td>
      <td class="num">
        {row.result ? (
          <>
            <a href={`/van-ban/${row.result.document.id}#L${row.result.line}`}>
              <FactValue fact={row.result} />
            </a>
            {row.result.kind !== "actual" && <KindBadge kind={row.result.kind} />}
          </>
        ) : (
          <span class="muted">—</span>
        )}
      </td>
      <td class="num">
        {formatPct(row.pct_of_target, lang)}
        {/* What the report states, where the figures do not give it already. */}
        {row.stated_pct_of_target !== null &&
          (row.pct_of_target === null || Math.abs(row.pct_of_target - row.stated_pct_of_target) >= 0.05) && (
            <span class="note">{t("statedPct", { pct: formatPct(row.stated_pct_of_target, lang) })}</span>
          )}
      </td>
      <td>
        <StatusBadge status={row.status} />
      </td>
    </tr>
  );
}

/** A target's document: its own, or for a derived one that of the "% of plan" it comes from. */
function docIdOf(target: NonNullable<StatusRow["target"]>): number {
  return "derived" in target ? target.from.document.id : target.document.id;
}

function AskBox() {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState("");
  const [q, setQ] = useState("");
  const answer = useApi<{ answer: string; facts: Fact[] }>(q ? apiUrl("/api/ask", { q }) : null);
  return (
    <section class="ask" aria-label={t("askTitle")}>
      <h2>{t("askTitle")}</h2>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(draft.trim());
        }}
      >
        <input
          type="search"
          name="q"
          data-testid="ask-input"
          placeholder={t("askPlaceholder")}
          value={draft}
          maxLength={500}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t("askButton")}</button>
      </form>
      {answer.loading && <Loading />}
      {answer.error && <ErrorBox error={answer.error} />}
      {answer.data && (
        <div class="answer" data-testid="ask-answer">
          <p class="answer-sentence">{answer.data.answer}</p>
          {answer.data.facts.length > 0 ? (
            <>
              <h3>{t("askSources")}</h3>
              <ol class="cited">
                {answer.data.facts.map((f) => (
                  <li key={f.id}>
                    <FactValue fact={f} /> — {f.indicator.text} · {formatPeriod(f.period, lang)} · {f.area}{" "}
                    <KindBadge kind={f.kind} />{" "}
                    <LineLink documentId={f.document.id} line={f.line} title={f.document.title} short />
                    <span class="doc-name" title={f.document.title}>
                      {f.doc}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p class="muted">{t("askNone")}</p>
          )}
        </div>
      )}
    </section>
  );
}
