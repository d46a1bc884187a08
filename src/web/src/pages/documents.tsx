import { apiUrl } from "../api";
import { formatDate, formatNumber, formatPeriod } from "../format";
import { useI18n } from "../i18n";
import { ErrorBox, Loading, PageTitle, useDocuments } from "../ui";

/** /van-ban: the stored documents. */
export function DocumentsPage() {
  const { t, lang } = useI18n();
  const docs = useDocuments();
  return (
    <>
      <PageTitle sub={t("documentsIntro")}>{t("documentsTitle")}</PageTitle>
      {docs.error && <ErrorBox error={docs.error} />}
      {docs.loading && <Loading />}
      {docs.data && (
        <div class="table-wrap">
          <table class="documents-table" data-testid="documents-table">
            <thead>
              <tr>
                <th>{t("title")}</th>
                <th>{t("type")}</th>
                <th>{t("area")}</th>
                <th>{t("period")}</th>
                <th>{t("date")}</th>
                <th class="num">{t("lines")}</th>
                <th class="num">{t("factsCount")}</th>
              </tr>
            </thead>
            <tbody>
              {docs.data.documents.map((d) => (
                <tr key={d.id}>
                  <td class="doc-cell">
                    <a href={`/van-ban/${d.id}`} class="doc-title-short" title={d.title}>
                      {d.title || d.doc}
                    </a>
                    <span class="doc-name">
                      {d.doc}
                      {d.draft && <span class="badge draft">{t("draft")}</span>}
                    </span>
                    {d.issuer && <span class="muted small">{d.issuer}</span>}
                  </td>
                  <td>{d.type}</td>
                  <td>{d.area}</td>
                  <td class="period">
                    {formatPeriod(d.period, lang)}
                    {d.plan_period && (
                      <span class="muted small">
                        {t("planPeriod")}: {formatPeriod(d.plan_period, lang)}
                      </span>
                    )}
                  </td>
                  <td>{formatDate(d.date, lang)}</td>
                  <td class="num">{formatNumber(d.lines, lang)}</td>
                  <td class="num">{formatNumber(d.facts, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="downloads">
        {t("downloads")}:{" "}
        {(["csv", "xlsx", "sdmx-csv", "dhis2-json"] as const).map((f) => (
          <a key={f} class="button secondary small" href={apiUrl("/api/export", { format: f })} download>
            {f.toUpperCase()}
          </a>
        ))}
      </p>
    </>
  );
}
