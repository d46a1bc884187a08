import { useApi } from "../api";
import { FINDING_KEY, formatPeriod } from "../format";
import { useI18n } from "../i18n";
import type { Finding } from "../types";
import { ErrorBox, FactValue, KindBadge, LineLink, Loading, PageTitle, Quote } from "../ui";

/** /kiem-tra: consistency findings, each with the quotes of its figures side by side. */
export function CheckPage() {
  const { t } = useI18n();
  const check = useApi<{ findings: Finding[] }>("/api/check");
  return (
    <>
      <PageTitle sub={t("checkIntro")}>{t("checkTitle")}</PageTitle>
      {check.loading && <Loading />}
      {check.error && <ErrorBox error={check.error} onRetry={check.reload} />}
      {check.data &&
        (check.data.findings.length === 0 ? (
          <p class="empty">{t("checkNone")}</p>
        ) : (
          <>
            <p class="muted">{t("findingsCount", { n: check.data.findings.length })}</p>
            <ol class="findings">
              {check.data.findings.map((f, i) => (
                <FindingCard key={i} finding={f} />
              ))}
            </ol>
          </>
        ))}
    </>
  );
}

function FindingCard({ finding }: { finding: Finding }) {
  const { t, lang } = useI18n();
  return (
    <li class={`finding finding-${finding.type}`} data-testid="finding" data-type={finding.type}>
      <div class="finding-head">
        <span class="badge finding-type">{t(FINDING_KEY[finding.type] ?? "none")}</span>
        <p class="finding-message">{finding.message}</p>
      </div>
      <div class="quotes">
        {finding.facts.map((f) => (
          <figure key={f.id} class="quote-card">
            <figcaption>
              <FactValue fact={f} /> <KindBadge kind={f.kind} /> · {formatPeriod(f.period, lang)} · {f.area}
              <br />
              <LineLink documentId={f.document.id} line={f.line} title={f.document.title} />
            </figcaption>
            <Quote sentence={f.sentence} value={f.value_text} />
          </figure>
        ))}
      </div>
    </li>
  );
}
