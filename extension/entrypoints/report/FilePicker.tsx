// Open a local PDF: a file input (keyboard and screen-reader friendly) and dropping a file on the page.
// The file never leaves the browser.

import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n.ts';

export function FilePicker({ onFile }: { onFile: (name: string, bytes: ArrayBuffer) => void }) {
  const take = (file: File | undefined | null) => {
    if (file) void file.arrayBuffer().then((b) => onFile(file.name, b));
  };
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      take(e.dataTransfer?.files[0]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return (
    <label class="file-picker">
      {t('openFile')}{' '}
      <input type="file" accept="application/pdf,.pdf" data-testid="file-input" onChange={(e) => take((e.target as HTMLInputElement).files?.[0])} />
    </label>
  );
}
