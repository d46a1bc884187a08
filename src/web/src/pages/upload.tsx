import { useRef, useState } from "preact/hooks";
import { ApiError, clearCache, type UploadProgress, uploadFile } from "../api";
import { formatNumber } from "../format";
import { useI18n } from "../i18n";
import { canEdit, useSession } from "../session";
import type { UploadResult } from "../types";
import { PageTitle, SignInPrompt } from "../ui";

const ACCEPT = ".txt,.md,.docx,.pdf";

interface Item {
  key: number;
  file: File;
  state: "waiting" | "uploading" | "processing" | "done" | "error";
  progress: UploadProgress;
  result?: UploadResult;
  error?: string;
}

/** /tai-len: drop or choose files; they are sent one after the other, each with its progress. */
export function UploadPage() {
  const { t } = useI18n();
  const session = useSession();
  const items = useRef<Item[]>([]);
  const running = useRef(false);
  const nextKey = useRef(1);
  const [, setTick] = useState(0);
  const [over, setOver] = useState(false);
  const redraw = () => setTick((n) => n + 1);

  const update = (item: Item, changes: Partial<Item>) => {
    Object.assign(item, changes);
    redraw();
  };

  const run = async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (
        let item = items.current.find((i) => i.state === "waiting");
        item;
        item = items.current.find((i) => i.state === "waiting")
      ) {
        const current = item;
        update(current, { state: "uploading" });
        try {
          const { body } = await uploadFile<UploadResult>("/api/documents", current.file, (p) =>
            update(current, { progress: p, state: p.processing ? "processing" : "uploading" }),
          );
          update(current, { state: "done", result: body });
          clearCache();
        } catch (err) {
          update(current, { state: "error", error: err instanceof ApiError ? err.message : String(err) });
        }
      }
    } finally {
      running.current = false;
    }
  };

  const add = (files: FileList | null) => {
    if (!files?.length) return;
    for (const file of Array.from(files))
      items.current.push({
        key: nextKey.current++,
        file,
        state: "waiting",
        progress: { loaded: 0, total: file.size, processing: false },
      });
    redraw();
    void run();
  };

  if (!session.user) {
    return (
      <>
        <PageTitle sub={t("uploadIntro")}>{t("uploadTitle")}</PageTitle>
        <SignInPrompt message="signInToUpload" />
      </>
    );
  }
  if (!canEdit(session))
    return (
      <>
        <PageTitle sub={t("uploadIntro")}>{t("uploadTitle")}</PageTitle>
        <p class="notice">{t("editorOnly", { name: session.user.name })}</p>
      </>
    );

  return (
    <>
      <PageTitle sub={t("uploadIntro")}>{t("uploadTitle")}</PageTitle>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the file input inside is the keyboard way in */}
      <div
        class={over ? "drop-zone over" : "drop-zone"}
        data-testid="drop-zone"
        onDragEnter={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
          setOver(true);
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setOver(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          add(e.dataTransfer?.files ?? null);
        }}
      >
        <p>
          {t("dropHere")}{" "}
          <label class="file-label">
            <input
              type="file"
              multiple
              accept={ACCEPT}
              data-testid="upload-input"
              onChange={(e) => {
                const el = e.currentTarget as HTMLInputElement;
                add(el.files);
                el.value = "";
              }}
            />
            <span class="button">{t("chooseFiles")}</span>
          </label>
        </p>
        <p class="muted small">{ACCEPT.split(",").join(" ")}</p>
      </div>
      {items.current.length > 0 && (
        <ol class="uploads">
          {items.current.map((i) => (
            <UploadRow key={i.key} item={i} />
          ))}
        </ol>
      )}
    </>
  );
}

function UploadRow({ item }: { item: Item }) {
  const { t, lang } = useI18n();
  const { progress } = item;
  const pct = progress.total ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <li class={`upload upload-${item.state}`} data-state={item.state}>
      <div class="upload-head">
        <span class="file-name">{item.file.name}</span>
        <span class="muted small">{formatNumber(Math.ceil(item.file.size / 1024), lang)} KB</span>
      </div>
      {item.state === "waiting" && <span class="muted">{t("waiting")}</span>}
      {item.state === "uploading" && (
        <span class="upload-progress">
          <progress max={100} value={pct} data-testid="upload-progress" />
          {t("uploading", { pct: `${pct}%` })}
        </span>
      )}
      {item.state === "processing" && (
        <span class="upload-progress">
          <progress data-testid="upload-progress" />
          {t("processing")}…
        </span>
      )}
      {item.state === "done" && item.result && (
        <div class="upload-result" data-testid="upload-result" data-ok="true">
          <a href={`/van-ban/${item.result.document.id}`} class="doc-title" title={t("openDocument")}>
            {item.result.document.title || item.result.document.doc}
          </a>{" "}
          — {t("uploadDone", { n: formatNumber(item.result.facts, lang) })}
          {item.result.duplicate && <p class="muted">{t("uploadDuplicate")}</p>}
        </div>
      )}
      {item.state === "error" && (
        <div class="upload-result error" data-testid="upload-result" data-ok="false" role="alert">
          {t("uploadFailed")}: {item.error}
        </div>
      )}
    </li>
  );
}
