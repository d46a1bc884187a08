import { apiUrl, useApi, useCached } from "../api";
import { formatNumber, formatPeriod, KIND_KEY } from "../format";
import { useI18n } from "../i18n";
import { lineHref, navigate, type Route, withQuery } from "../router";
import { useSession } from "../session";
import { type Fact, type Indicator, KINDS } from "../types";
import {
  ErrorBox,
  FactValue,
  KindBadge,
  Loading,
  PageTitle,
  SignInPrompt,
  StateBadge,
  useDocuments,
} from "../ui";

const PAGE = 50;

/** /ra-soat: the facts to review, filterable by document, indicator and kind, 50 a page. */
export function ReviewListPage({ route }: { route: Route }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const docs = useDocuments();
  const catalogue = useCached<{ indicators: Indicator[] }>("/api/indicators");
  const doc = route.query.get("doc") ?? "";
  const indicator = route.query.get("indicator") ?? "";
  const kind = route.query.get("kind") ?? "";
  const offset = Math.max(0, Number(route.query.get("offset")) || 0);
  // One more than a page: whether there is a next page.
  const facts = useApi<{ facts: Fact[] }>(
    apiUrl("/api/facts", { doc, indicator, kind, limit: PAGE + 1, offset }),
  );
  const set = (changes: Record<string, string | number | null>) =>
    navigate(withQuery("/ra-soat", { doc, indicator, kind, offset: null, ...changes }), { replace: true });

  const rows = facts.data?.facts.slice(0, PAGE) ?? [];
  const more = (facts.data?.facts.length ?? 0) > PAGE;
  const indicators = [...(catalogue.data?.indicators ?? [])].sort((a, b) =>
    (lang === "en" ? a.name_en : a.name_vi).localeCompare(lang === "en" ? b.name_en : b.name_vi, lang),
  );

  return (
    <>
      <PageTitle sub={t("reviewIntro")}>{t("reviewTitle")}</PageTitle>
      {session.loaded && !session.user && <SignInPrompt message="signInToReview" />}
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t("document")}
          <select
            name="doc"
            value={doc}
            onChange={(e) => set({ doc: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">{t("all")}</option>
            {(docs.data?.documents ?? []).map((d) => (
              <option key={d.id} value={d.doc}>
                {truncate(d.title || d.doc, 70)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("indicator")}
          <select
            name="indicator"
            value={indicator}
            onChange={(e) => set({ indicator: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">{t("all")}</option>
            {indicators.map((i) => (
              <option key={i.code} value={i.code}>
                {lang === "en" ? i.name_en : i.name_vi}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("kind")}
          <select
            name="kind"
            value={kind}
            onChange={(e) => set({ kind: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">{t("all")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_KEY[k])}
              </option>
            ))}
          </select>
        </label>
      </form>
      {facts.error && <ErrorBox error={facts.error} onRetry={facts.reload} />}
      {facts.loading && <Loading />}
      {facts.data &&
        (rows.length === 0 ? (
          <p class="empty">{t("noFacts")}</p>
        ) : (
          <>
            <div class="table-wrap">
              <table class="review-table" data-testid="review-table">
                <thead>
                  <tr>
                    <th>#</th>
                    <th class="num">{t("value")}</th>
                    <th>{t("kind")}</th>
                    <th>{t("period")}</th>
                    <th>{t("indicator")}</th>
                    <th>{t("area")}</th>
                    <th>{t("document")}</th>
                    <th>{t("reviewState")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((f) => (
                    <tr key={f.id} data-fact-id={f.id}>
                      <td>
                        <a href={`/ra-soat/${f.id}`} data-testid="review-open">
                          {f.id}
                        </a>
                      </td>
                      <td class="num">
                        <a href={`/ra-soat/${f.id}`}>
                          <FactValue fact={f} />
                        </a>
                      </td>
                      <td>
                        <KindBadge kind={f.kind} />
                      </td>
                      <td class="period">{formatPeriod(f.period, lang)}</td>
                      <td>
                        {f.indicator.text}
                        {f.indicator.code && <code class="small">{f.indicator.code}</code>}
                      </td>
                      <td>{f.area}</td>
                      <td class="doc-cell" title={f.document.title}>
                        <a href={lineHref(f.document.id, f.line)} class="line-link">
                          {f.doc} · {t("lineN", { n: f.line })}
                        </a>
                      </td>
                      <td>
                        <StateBadge state={f.review_state} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav class="pager" aria-label={t("pages")}>
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => set({ offset: Math.max(0, offset - PAGE) || null })}
              >
                {t("previous")}
              </button>
              <span>
                {t("showing", {
                  from: formatNumber(offset + 1, lang),
                  to: formatNumber(offset + rows.length, lang),
                })}
              </span>
              <button type="button" disabled={!more} onClick={() => set({ offset: offset + PAGE })}>
                {t("next")}
              </button>
            </nav>
          </>
        ))}
    </>
  );
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
