import { useState } from "preact/hooks";
import { useCached } from "../api";
import { sectorName, useI18n } from "../i18n";
import { fold } from "../text";
import type { Indicator } from "../types";
import { ErrorBox, Loading, PageTitle } from "../ui";

/** /chi-tieu: the catalogue, by sector, filterable (diacritics optional). */
export function IndicatorsPage() {
  const { t, lang } = useI18n();
  const catalogue = useCached<{ indicators: Indicator[] }>("/api/indicators");
  const [filter, setFilter] = useState("");
  if (catalogue.error) return <ErrorBox error={catalogue.error} />;
  if (!catalogue.data) return <Loading />;
  const words = fold(filter).split(/\s+/).filter(Boolean);
  const matches = (i: Indicator) => {
    const hay = fold([i.code, i.name_vi, i.name_en, i.sector, ...i.aliases].join(" "));
    return words.every((w) => hay.includes(w));
  };
  const list = catalogue.data.indicators
    .filter(matches)
    .sort((a, b) => a.sector.localeCompare(b.sector, "vi") || a.name_vi.localeCompare(b.name_vi, "vi"));
  return (
    <>
      <PageTitle sub={t("indicatorsIntro")}>{t("indicatorsTitle")}</PageTitle>
      <div class="filters">
        <input
          type="search"
          placeholder={t("filterIndicators")}
          value={filter}
          aria-label={t("filterIndicators")}
          onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
        />
        <span class="muted">{list.length}</span>
      </div>
      <div class="table-wrap">
        <table class="indicators-table">
          <thead>
            <tr>
              <th>{t("name")}</th>
              <th>{t("code")}</th>
              <th>{t("unit")}</th>
              <th>{t("sector")}</th>
              <th>{t("direction")}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((i) => (
              <tr key={i.code}>
                <td>
                  <a href={`/chi-tieu/${encodeURIComponent(i.code)}`}>
                    {lang === "en" ? i.name_en : i.name_vi}
                  </a>
                </td>
                <td>
                  <code>{i.code}</code>
                </td>
                <td>{i.unit}</td>
                <td>{sectorName(i.sector, lang)}</td>
                <td>
                  {i.direction === "up" ? t("directionUp") : i.direction === "down" ? t("directionDown") : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
