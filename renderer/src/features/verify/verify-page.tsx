import { useRef, useState } from 'react';
import { FileDropZone } from '../../components/file-drop-zone';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { VerifyResult } from '../../../../shared/models/export';
import { readFileBase64 } from '../common/base64';
import { errorMessage } from '../common/notify';
import { ChainCheck } from './chain-check';
import { VerifyResultView } from './verify-result';

/** What `exports:verify` accepts: 40 million base64 characters, about 28 MiB of file. */
const MAX_VERIFY_BYTES = 28 * 1024 * 1024;

type Checked = { fileName: string; result: VerifyResult };

/** Checks a signed summary file (JSON, Markdown or PDF; dropped or chosen) and the chain of signing records. */
export function VerifyPage() {
  const t = useT();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(0);

  const check = async (file: File | null) => {
    if (!file) return;
    const run = ++latest.current;
    setChecked(null);
    setProblem(null);
    if (file.size === 0 || file.size > MAX_VERIFY_BYTES) {
      setProblem(file.size === 0 ? t('common.fileEmpty') : t('common.fileTooLarge', { size: '28 MiB' }));
      return;
    }
    setChecking(file.name);
    try {
      const contentBase64 = await readFileBase64(file);
      const result = await send('exports:verify', { fileName: file.name, contentBase64 });
      if (run === latest.current) setChecked({ fileName: file.name, result });
    } catch (error) {
      if (run === latest.current) setProblem(errorMessage(error));
    } finally {
      if (run === latest.current) setChecking(null);
    }
  };

  return (
    <div className="page">
      <PageHeader title={t('verify.title')} subtitle={t('verify.subtitle')} />
      <Section title={t('verify.fileSection')}>
        <FileDropZone
          label={t('verify.file')}
          dropHint={t('common.dropHint')}
          hint={t('verify.fileHint')}
          accept=".json,.md,.markdown,.txt,.pdf,application/json,text/markdown,application/pdf"
          onFile={check}
          rechoose
        />
        <div role="status" aria-label={t('verify.result')} className="verdict-region">
          {checking ? <Spinner label={t('verify.checking', { fileName: checking })} inline live={false} /> : null}
          {checked ? <VerifyResultView result={checked.result} fileName={checked.fileName} /> : null}
          {problem ? <p className="verdict verdict--tampered">{problem}</p> : null}
        </div>
      </Section>
      <ChainCheck />
    </div>
  );
}
